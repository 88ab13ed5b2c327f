import type { Actor, RequestContext } from '@mace/api-core';

/** The signed-in actor inside a field resolver (the guard set it when the operation began). */
export function actorOf(ctx: RequestContext): Actor {
  const actor = ctx.req.actor;
  if (!actor) throw new Error('field resolved without a signed-in actor');
  return actor;
}
