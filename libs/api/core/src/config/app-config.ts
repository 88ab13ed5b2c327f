import { plainToInstance, Transform } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';
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

/** An integer setting read from a string, with one message naming it and its range. */
function WholeNumber(min: number, max: number, unit?: string): PropertyDecorator {
  return (target, property) => {
    const message = `${String(property)} must be a whole number${unit ? ` of ${unit}` : ''} from ${min} to ${max}`;
    applyDecorators(Transform(toInt), IsInt({ message }), Min(min, { message }), Max(max, { message }))(target, property);
  };
}

/**
 * Every setting the API reads, validated once at start-up. `.env.example` and the README's settings
 * table list the same names, and a test keeps them in step.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'], { message: 'NODE_ENV must be development, test or production' })
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @WholeNumber(1, 65535)
  PORT = 3000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  @IsString()
  @MinLength(1, { message: 'PGLITE_DATA_DIR must name a folder' })
  PGLITE_DATA_DIR = '.data/pglite';

  @WholeNumber(1, 1440, 'minutes')
  SESSION_IDLE_MINUTES = 15;

  @WholeNumber(1, 24, 'hours')
  SESSION_ABSOLUTE_HOURS = 10;

  @WholeNumber(1, 100)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @WholeNumber(1, 1000)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

  @WholeNumber(1, 1440, 'minutes')
  LOGIN_THROTTLE_MINUTES = 15;

  /** Review cadence by risk level: high every weekly meeting, medium about four-weekly, low eight- to twelve-weekly. */
  @WholeNumber(1, 90, 'days')
  REVIEW_DAYS_HIGH = 7;

  @WholeNumber(1, 180, 'days')
  REVIEW_DAYS_MEDIUM = 28;

  @WholeNumber(1, 365, 'days')
  REVIEW_DAYS_LOW = 70;

  @WholeNumber(5, 480, 'minutes')
  BREAK_GLASS_MINUTES = 60;

  /** An overdue action goes to the district's chair once it is this many days overdue. */
  @WholeNumber(1, 60, 'days')
  ESCALATE_TO_CHAIR_AFTER_DAYS = 3;

  /** How often the overdue-and-escalation job and the e-mail outbox run. */
  @WholeNumber(1, 1440, 'minutes')
  ESCALATION_INTERVAL_MINUTES = 15;

  /** E-mail is sent only when this is set, e.g. smtp://user:pass@mail.example.org:587. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /**
   * Live meeting events go through Redis when this is set, e.g. redis://127.0.0.1:6379, so several
   * API processes share them; unset, they stay in the one process.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsString()
  @MinLength(3, { message: 'SMTP_FROM must be an e-mail address' })
  SMTP_FROM = 'MACE case coordination <no-reply@mace.example.org>';

  /** The address users reach the service at, for links in e-mails. */
  @Matches(/^https?:\/\/\S+$/, { message: 'PUBLIC_BASE_URL must be an http:// or https:// URL' })
  PUBLIC_BASE_URL = 'http://localhost:3000';

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

  @WholeNumber(2, 50)
  GRAPHQL_MAX_DEPTH = 10;

  @WholeNumber(0, 100)
  GRAPHQL_MAX_ALIASES = 15;

  @WholeNumber(10, 100000)
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
