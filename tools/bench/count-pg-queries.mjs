// Preloaded into the API the benchmark starts (node --import): counts every statement sent
// through the pg driver, so the benchmark can report how many one agenda request takes. The count
// so far is served as plain text on 127.0.0.1:BENCH_COUNTER_PORT (a signal would not do: the API
// shuts down on SIGUSR2 and the other free signals).
import { createServer } from 'node:http';
import pg from 'pg';

let count = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  count += 1;
  return query.apply(this, args);
};
const counter = createServer((_request, response) => response.end(String(count)));
counter.listen(Number(process.env.BENCH_COUNTER_PORT), '127.0.0.1');
// Never keep the API alive on its own.
counter.unref();
