import type { Actor } from '@mace/api-core';

export declare const scopeBrand: unique symbol;

/**
 * Which users a caller may see, as produced by AccessService only. Directory queries require one,
 * so a query that forgets to scope itself does not compile.
 */
export type UserScope = {
  readonly [scopeBrand]: 'UserScope';
  readonly actor: Actor;
  readonly mode: 'read' | 'manage';
  /** SQL predicate over the alias `u` (user_account), with its own parameters. */
  readonly where: string;
  readonly params: Record<string, unknown>;
};
