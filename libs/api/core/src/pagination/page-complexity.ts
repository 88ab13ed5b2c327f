import type { ComplexityEstimatorArgs } from '@nestjs/graphql';

/**
 * Cost of a paginated list: what one node costs, times the page size asked for (default 25), so
 * `first: 100` of a deep selection is priced as the hundred rows it may return.
 */
export function pageComplexity({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const first = typeof args['first'] === 'number' ? args['first'] : 25;
  return 1 + childComplexity * first;
}
