import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessService } from './access/access.service';
import { AgencyFieldsResolver } from './directory/agency-fields.resolver';
import { DirectoryLoaders } from './directory/directory.loaders';
import { UserFieldsResolver } from './directory/user-fields.resolver';
import { AgencyEntity } from './entities/agency.entity';
import { DistrictEntity } from './entities/district.entity';
import { UserAccountEntity } from './entities/user-account.entity';
import { UserDistrictEntity } from './entities/user-district.entity';
import { AuthResolver } from './session/auth.resolver';
import { AuthService } from './session/auth.service';
import { LoginThrottleService } from './session/login-throttle.service';
import { PasswordService } from './session/password.service';
import { SessionGuard } from './session/session.guard';
import { SessionService } from './session/session.service';

/**
 * Identity, sessions, the global deny-by-default guard and record-level access. Single sign-on
 * (OIDC) plugs in beside AuthService.login: it only has to find the account and call
 * SessionService.create, and everything downstream stays the same.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([DistrictEntity, AgencyEntity, UserAccountEntity, UserDistrictEntity])],
  providers: [
    AccessService,
    AuthResolver,
    AuthService,
    AgencyFieldsResolver,
    DirectoryLoaders,
    LoginThrottleService,
    PasswordService,
    SessionService,
    UserFieldsResolver,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AccessService, PasswordService, SessionService, DirectoryLoaders],
})
export class AuthModule {}
