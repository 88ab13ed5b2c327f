import type { Actor } from '@mace/api-core';

export declare const meetingScopeBrand: unique symbol;

/**
 * Which meetings a caller may list, as produced by MeetingAccessService only. Meeting list queries
 * require one, so a query that forgets to scope itself does not compile.
 */
export type MeetingScope = {
  readonly [meetingScopeBrand]: 'MeetingScope';
  readonly actor: Actor;
  /** SQL predicate over the alias `m` (meeting), with its own parameters. */
  readonly where: string;
  readonly params: Record<string, unknown>;
};
