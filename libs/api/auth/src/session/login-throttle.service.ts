import { Injectable } from '@nestjs/common';
import { AppConfig, TooManyRequestsError } from '@mace/api-core';
import { EntityManager } from 'typeorm';
import { digest } from './session-token';

export interface LoginKeys {
  accountKey: string;
  addressKey: string;
}

/**
 * Repeated failures are throttled per account and per address, counted in Postgres so every API
 * process sees the same numbers. A successful sign-in resets the account's count.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly config: AppConfig) {}

  keys(email: string, address: string): LoginKeys {
    return { accountKey: digest(`account:${email.toLowerCase()}`), addressKey: digest(`address:${address}`) };
  }

  async assertAllowed(manager: EntityManager, keys: LoginKeys): Promise<void> {
    const [row] = await manager.query(
      `WITH window_start AS (SELECT now() - make_interval(mins => $3) AS at),
       last_success AS (
         SELECT max(attempted_at) AS at FROM login_attempt WHERE account_key = $1 AND succeeded
       )
       SELECT
         (SELECT count(*) FROM login_attempt, window_start, last_success
           WHERE account_key = $1 AND NOT succeeded AND attempted_at > window_start.at
             AND (last_success.at IS NULL OR attempted_at > last_success.at))::int AS account_failures,
         (SELECT count(*) FROM login_attempt, window_start
           WHERE address_key = $2 AND NOT succeeded AND attempted_at > window_start.at)::int AS address_failures`,
      [keys.accountKey, keys.addressKey, this.config.LOGIN_THROTTLE_MINUTES],
    );
    if (
      row.account_failures >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT ||
      row.address_failures >= this.config.LOGIN_MAX_FAILURES_PER_ADDRESS
    ) {
      throw new TooManyRequestsError(
        `Too many failed sign-in attempts. Wait ${this.config.LOGIN_THROTTLE_MINUTES} minutes and try again`,
      );
    }
  }

  async recordAttempt(manager: EntityManager, keys: LoginKeys, succeeded: boolean): Promise<void> {
    await manager.query(`INSERT INTO login_attempt (account_key, address_key, succeeded) VALUES ($1, $2, $3)`, [
      keys.accountKey,
      keys.addressKey,
      succeeded,
    ]);
  }
}
