import type { PGliteOptions } from '@electric-sql/pglite';
import { Mutex, withTimeout } from 'async-mutex';
import { PGliteDriver } from 'typeorm-pglite';


/** Long enough for any single request's transaction; a wait beyond it means a query ran outside its transaction's manager. */
const CONNECTION_WAIT_MS = 30_000;

/**
 * PGlite is one session. typeorm-pglite hands that one session to every TypeORM query runner at
 * once, so two requests' transactions would interleave: one request's ROLLBACK would undo the
 * other's writes, and a CONFLICT could leave nobody's edit standing. This driver lends the
 * session to one query runner at a time, as a pool of one connection does, so transactions on
 * PGlite are as isolated as on a server (serialised rather than concurrent).
 */
export function serialPGliteDriver(options: PGliteOptions): unknown {
  const BasePool = new PGliteDriver(options).driver.Pool;
  const session = withTimeout(
    new Mutex(),
    CONNECTION_WAIT_MS,
    new Error(`Waited ${CONNECTION_WAIT_MS / 1000} s for the embedded database: a query probably ran outside its transaction`),
  );

  type ConnectCallback = Parameters<InstanceType<typeof BasePool>['connect']>[0];

  class SerialPGlitePool extends BasePool {
    override connect(callback: ConnectCallback): Promise<void> {
      return session.acquire().then(
        (release) => {
          let released = false;
          const done = () => {
            if (!released) {
              released = true;
              release();
            }
          };
          return super.connect((error, client) => {
            if (error) done();
            callback(error, client, done);
          });
        },
        (error) => callback(error, null, () => undefined),
      );
    }
  }

  return class SerialPGliteDriver {
    static Pool = SerialPGlitePool;
  };
}
