import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AppConfig, CurrentActor, Public, RequestContext, requestIdOf, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';
import { LoginArgs } from '../models/login.args';
import { LoginResultModel } from '../models/login-result.model';
import { UserModel } from '../models/user.model';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-token';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Mutation(() => LoginResultModel, { description: 'Sign in with an e-mail address and password' })
  async login(@Args() args: LoginArgs, @Context() ctx: RequestContext): Promise<LoginResultModel> {
    const { session, user } = await this.auth.login({
      email: args.email,
      password: args.password,
      address: ctx.req.ip ?? 'unknown',
      requestId: requestIdOf(ctx),
    });
    ctx.res?.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      expires: session.expiresAt,
    });
    return { token: session.token, expiresAt: session.expiresAt, user };
  }

  @RequirePermission(Permission.SELF_READ)
  @Mutation(() => Boolean, { description: 'End this session' })
  async logout(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Context() ctx: RequestContext): Promise<boolean> {
    await this.auth.logout(actor, requestId);
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @RequirePermission(Permission.SELF_READ)
  @Query(() => UserModel, { description: 'The signed-in user' })
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.dataSource.getRepository(UserAccountEntity).findOneByOrFail({ id: actor.userId });
  }
}
