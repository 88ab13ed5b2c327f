import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { ConfigError } from './config.error';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting the API reads, validated once at start-up. `.env.example` and the README's settings
 * table list the same names; `describeSettings()` keeps them honest.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'], { message: 'NODE_ENV must be development, test or production' })
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 1 and 65535' })
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @IsString()
  @MinLength(1, { message: 'PGLITE_DATA_DIR must name a folder' })
  PGLITE_DATA_DIR = '.data/pglite';

  @Transform(toInt)
  @IsInt({ message: 'SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 1440' })
  @Min(1, { message: 'SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 1440' })
  @Max(1440, { message: 'SESSION_IDLE_MINUTES must be a whole number of minutes from 1 to 1440' })
  SESSION_IDLE_MINUTES = 15;

  @Transform(toInt)
  @IsInt({ message: 'SESSION_ABSOLUTE_HOURS must be a whole number of hours from 1 to 24' })
  @Min(1, { message: 'SESSION_ABSOLUTE_HOURS must be a whole number of hours from 1 to 24' })
  @Max(24, { message: 'SESSION_ABSOLUTE_HOURS must be a whole number of hours from 1 to 24' })
  SESSION_ABSOLUTE_HOURS = 10;

  @Transform(toInt)
  @IsInt({ message: 'LOGIN_MAX_FAILURES_PER_ACCOUNT must be a whole number from 1 to 100' })
  @Min(1, { message: 'LOGIN_MAX_FAILURES_PER_ACCOUNT must be a whole number from 1 to 100' })
  @Max(100, { message: 'LOGIN_MAX_FAILURES_PER_ACCOUNT must be a whole number from 1 to 100' })
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @Transform(toInt)
  @IsInt({ message: 'LOGIN_MAX_FAILURES_PER_ADDRESS must be a whole number from 1 to 1000' })
  @Min(1, { message: 'LOGIN_MAX_FAILURES_PER_ADDRESS must be a whole number from 1 to 1000' })
  @Max(1000, { message: 'LOGIN_MAX_FAILURES_PER_ADDRESS must be a whole number from 1 to 1000' })
  LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

  @Transform(toInt)
  @IsInt({ message: 'LOGIN_THROTTLE_MINUTES must be a whole number of minutes from 1 to 1440' })
  @Min(1, { message: 'LOGIN_THROTTLE_MINUTES must be a whole number of minutes from 1 to 1440' })
  @Max(1440, { message: 'LOGIN_THROTTLE_MINUTES must be a whole number of minutes from 1 to 1440' })
  LOGIN_THROTTLE_MINUTES = 15;

  @Transform(toBool)
  @IsOptional()
  @IsBoolean({ message: 'COOKIE_SECURE must be true or false' })
  COOKIE_SECURE?: boolean;

  @IsString()
  @MinLength(8, { message: 'DEMO_PASSWORD must be at least 8 characters' })
  DEMO_PASSWORD = 'mace-demo-2026';

  @Transform(toBool)
  @IsBoolean({ message: 'SEED_DEMO_DATA must be true or false' })
  SEED_DEMO_DATA = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  @IsString()
  WEB_DIST_DIR = 'dist/apps/web';

  @Transform(toInt)
  @IsInt({ message: 'GRAPHQL_MAX_DEPTH must be a whole number from 2 to 50' })
  @Min(2, { message: 'GRAPHQL_MAX_DEPTH must be a whole number from 2 to 50' })
  @Max(50, { message: 'GRAPHQL_MAX_DEPTH must be a whole number from 2 to 50' })
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt({ message: 'GRAPHQL_MAX_ALIASES must be a whole number from 0 to 100' })
  @Min(0, { message: 'GRAPHQL_MAX_ALIASES must be a whole number from 0 to 100' })
  @Max(100, { message: 'GRAPHQL_MAX_ALIASES must be a whole number from 0 to 100' })
  GRAPHQL_MAX_ALIASES = 15;

  @Transform(toInt)
  @IsInt({ message: 'GRAPHQL_MAX_COMPLEXITY must be a whole number from 10 to 100000' })
  @Min(10, { message: 'GRAPHQL_MAX_COMPLEXITY must be a whole number from 10 to 100000' })
  @Max(100000, { message: 'GRAPHQL_MAX_COMPLEXITY must be a whole number from 10 to 100000' })
  GRAPHQL_MAX_COMPLEXITY = 2000;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Secure cookies by default in production; plain http on localhost needs them off. */
  get cookieSecure(): boolean {
    return this.COOKIE_SECURE ?? this.isProduction;
  }

  /** Demo data is never seeded in production, whatever SEED_DEMO_DATA says. */
  get seedDemoData(): boolean {
    return this.SEED_DEMO_DATA && !this.isProduction;
  }
}

/** Read and validate settings; a bad one throws a ConfigError whose message is one sentence naming it. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw = Object.fromEntries(known.filter((key) => env[key] !== undefined).map((key) => [key, env[key]]));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const first = errors[0];
    const message = Object.values(first.constraints ?? {})[0] ?? `${first.property} is not valid`;
    throw new ConfigError(`Setting ${first.property} is not valid: ${message}.`);
  }
  return config;
}
