import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Actor } from './actor';
import { RequestLoaders } from '../graphql/request-loaders';

/** What every GraphQL resolver can reach for the current operation. */
export interface RequestContext {
  req: Request & { id?: string | number; actor?: Actor };
  res?: Response;
  loaders: RequestLoaders;
}

export function requestContextOf(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>();
  }
  const http = context.switchToHttp();
  return { req: http.getRequest(), res: http.getResponse(), loaders: new RequestLoaders() };
}

export function requestIdOf(ctx: Pick<RequestContext, 'req'>): string {
  return String(ctx.req.id ?? '');
}

/**
 * The signed-in actor: the global guard set it when the operation began and refused the request if
 * there was none. For field resolvers, which take the context rather than @CurrentActor().
 */
export function actorOf(ctx: Pick<RequestContext, 'req'>): Actor {
  const actor = ctx.req.actor;
  if (!actor) throw new Error('no signed-in actor on this request (is the operation missing its session guard?)');
  return actor;
}

/** The signed-in actor as a resolver parameter (see actorOf). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor =>
  actorOf(requestContextOf(context)),
);

/** The request id, carried into audit events so an auditor can tie them to the logs. */
export const RequestId = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  requestIdOf(requestContextOf(context)),
);
