import type { DataSource, Logger, QueryRunner } from 'typeorm';

export interface CountedQueries<T> {
  result: T;
  /** Every statement TypeORM sent while `work` ran, transaction control (START TRANSACTION, COMMIT) included. */
  statements: string[];
  count: number;
}

/**
 * Count the SQL statements sent while `work` runs, on PGlite and on a Postgres server alike: every
 * statement goes through a query runner, which reports it to the data source's logger before
 * sending it, whatever the logging setting. Statements sent outside TypeORM are not seen.
 * Run nothing else against the data source meanwhile, or its statements are counted too.
 */
export async function countQueries<T>(dataSource: DataSource, work: () => Promise<T>): Promise<CountedQueries<T>> {
  const logger: Logger = dataSource.logger;
  const hadOwn = Object.prototype.hasOwnProperty.call(logger, 'logQuery');
  const original = logger.logQuery;
  const statements: string[] = [];
  logger.logQuery = function (query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
    statements.push(query);
    return original.call(this, query, parameters, queryRunner);
  };
  try {
    const result = await work();
    return { result, statements, count: statements.length };
  } finally {
    if (hadOwn) logger.logQuery = original;
    else delete (logger as Partial<Logger>).logQuery;
  }
}
