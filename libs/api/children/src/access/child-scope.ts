import type { Actor } from '@mace/api-core';

export declare const childScopeBrand: unique symbol;

/**
 * Which children a caller may list, as produced by ChildAccessService only. Child list queries
 * require one, so a query that forgets to scope itself does not compile.
 */
export type ChildScope = {
  readonly [childScopeBrand]: 'ChildScope';
  readonly actor: Actor;
  /** SQL predicate over the alias `c` (child), with its own parameters. */
  readonly where: string;
  readonly params: Record<string, unknown>;
};
