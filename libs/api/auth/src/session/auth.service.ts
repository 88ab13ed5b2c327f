import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, UnauthenticatedError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AuditOperation, AuditSubjectType } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { NewSession, SessionService } from './session.service';

export interface LoginRequest {
  email: string;
  password: string;
  address: string;
  requestId: string;
}

/** The one message for a wrong e-mail and a wrong password, so neither reveals which accounts exist. */
const BAD_CREDENTIALS = 'Enter a correct email address and password';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async login(request: LoginRequest): Promise<{ session: NewSession; user: UserAccountEntity }> {
    const keys = this.throttle.keys(request.email, request.address);
    try {
      await this.throttle.assertAllowed(this.dataSource.manager, keys);
    } catch (refusal) {
      await this.audit.recordAlone({
        operation: AuditOperation.LOGIN_FAILED,
        subjectType: AuditSubjectType.USER,
        justification: 'throttled after repeated failures',
        requestId: request.requestId,
      });
      throw refusal;
    }

    const user = await this.dataSource
      .getRepository(UserAccountEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email: request.email })
      .getOne();
    // Always run the hash comparison, even with no account, so timing does not tell them apart.
    const passwordOk = await this.passwords.verify(user?.passwordHash, request.password);

    if (!user || !passwordOk || !user.active) {
      await this.dataSource.transaction(async (manager) => {
        await this.throttle.recordAttempt(manager, keys, false);
        await this.audit.record(manager, {
          operation: AuditOperation.LOGIN_FAILED,
          subjectType: AuditSubjectType.USER,
          subjectIds: user ? [user.id] : [],
          justification: !user ? 'unknown account' : !user.active ? 'account deactivated' : 'wrong password',
          requestId: request.requestId,
        });
      });
      throw new UnauthenticatedError(BAD_CREDENTIALS);
    }

    const session = await this.dataSource.transaction(async (manager) => {
      await this.throttle.recordAttempt(manager, keys, true);
      const created = await this.sessions.create(manager, user.id);
      await this.audit.record(manager, {
        operation: AuditOperation.LOGIN,
        actor: { userId: user.id, agencyId: user.agencyId, roles: user.roles },
        subjectType: AuditSubjectType.USER,
        subjectIds: [user.id],
        justification: 'local password',
        requestId: request.requestId,
      });
      return created;
    });
    return { session, user };
  }

  async logout(actor: Actor, requestId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(manager, actor.sessionId);
      await this.audit.record(manager, {
        operation: AuditOperation.LOGOUT,
        actor,
        subjectType: AuditSubjectType.USER,
        subjectIds: [actor.userId],
        requestId,
      });
    });
  }
}
