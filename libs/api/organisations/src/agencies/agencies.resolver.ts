import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity, RequestId, RequirePermission } from '@mace/api-core';
import { AgencyModel } from '@mace/api-auth';
import { Permission } from '@mace/shared-domain';
import { AgencyConnection } from './agency-connection.model';
import { AgenciesArgs } from './agencies.args';
import { CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import { AgenciesService } from './agencies.service';

@Resolver(() => AgencyModel)
export class AgenciesResolver {
  constructor(private readonly agencyService: AgenciesService) {}

  @RequirePermission(Permission.DIRECTORY_READ)
  @Query(() => AgencyConnection, { description: 'Partner agencies, by name', complexity: pageComplexity })
  agencies(@Args() args: AgenciesArgs): Promise<AgencyConnection> {
    return this.agencyService.list(args.filter, args);
  }

  @RequirePermission(Permission.DIRECTORY_READ)
  @Query(() => AgencyModel)
  agency(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<AgencyModel> {
    return this.agencyService.get(actor, id);
  }

  @RequirePermission(Permission.AGENCY_MANAGE)
  @Mutation(() => AgencyModel, { description: 'Add a partner agency (administrators)' })
  createAgency(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: CreateAgencyInput,
  ): Promise<AgencyModel> {
    return this.agencyService.create(actor, input, requestId);
  }

  @RequirePermission(Permission.AGENCY_MANAGE)
  @Mutation(() => AgencyModel, { description: 'Rename, re-classify or deactivate an agency (administrators)' })
  updateAgency(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: UpdateAgencyInput,
  ): Promise<AgencyModel> {
    return this.agencyService.update(actor, input, requestId);
  }
}
