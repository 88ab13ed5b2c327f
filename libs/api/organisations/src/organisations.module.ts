import { Module } from '@nestjs/common';
import { AgenciesResolver } from './agencies/agencies.resolver';
import { AgenciesService } from './agencies/agencies.service';
import { DistrictsResolver } from './districts/districts.resolver';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/** Administration of districts, agencies and user accounts. */
@Module({
  providers: [AgenciesResolver, AgenciesService, DistrictsResolver, UsersResolver, UsersService],
  exports: [UsersService, AgenciesService],
})
export class OrganisationsModule {}
