import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig, loadAppConfig } from './app-config';
import { ConfigError } from './config.error';

describe('loadAppConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadAppConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.PGLITE_DATA_DIR).toBe('.data/pglite');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SESSION_IDLE_MINUTES).toBe(15);
    expect(config.SESSION_ABSOLUTE_HOURS).toBe(10);
    expect(config.seedDemoData).toBe(true);
  });

  it('reads numbers and booleans from strings', () => {
    const config = loadAppConfig({ PORT: '8080', SEED_DEMO_DATA: 'false', COOKIE_SECURE: 'true' });
    expect(config.PORT).toBe(8080);
    expect(config.seedDemoData).toBe(false);
    expect(config.cookieSecure).toBe(true);
  });

  it('names the setting in one sentence when a value is bad', () => {
    expect(() => loadAppConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadAppConfig({ PORT: 'eighty' })).toThrow(
      'Setting PORT is not valid: PORT must be a whole number from 1 to 65535.',
    );
    expect(() => loadAppConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/^Setting DATABASE_URL is not valid/);
  });

  it('never seeds demo data in production', () => {
    expect(loadAppConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(false);
  });
});

describe('settings documentation', () => {
  // Keep the operator's references honest: every setting the API reads is in both.
  const settings = Object.keys(new AppConfig());

  it.each(['.env.example', 'README.md'])('%s lists every setting', (file) => {
    const text = readFileSync(join(__dirname, '../../../../..', file), 'utf8');
    expect(settings.filter((name) => !text.includes(name))).toEqual([]);
  });
});
