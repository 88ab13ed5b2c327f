import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ForbiddenError,
  PERMISSION_KEY,
  PUBLIC_KEY,
  requestContextOf,
  requestIdOf,
  UnauthenticatedError,
} from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AuditOperation, Permission } from '@mace/shared-domain';
import { SessionService } from './session.service';
import { sessionTokenFrom } from './session-token';

/**
 * Deny by default: every operation needs a live session and the permission its resolver declares,
 * unless it is marked @Public(). An operation that declares nothing is refused, not allowed.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const ctx = requestContextOf(context);
    const token = sessionTokenFrom(ctx.req);
    const actor = token ? await this.sessions.resolve(token) : null;
    if (!actor) throw new UnauthenticatedError('Your session has ended. Sign in again');
    ctx.req.actor = actor;

    const needed = this.reflector.get<Permission | undefined>(PERMISSION_KEY, context.getHandler());
    if (needed && actor.permissions.has(needed)) return true;

    await this.audit.recordAlone({
      operation: AuditOperation.ACCESS_DENIED,
      actor,
      subjectType: 'OPERATION',
      justification: `${context.getClass().name}.${context.getHandler().name} needs ${needed ?? 'an undeclared permission'}`,
      requestId: requestIdOf(ctx),
    });
    throw new ForbiddenError();
  }
}
