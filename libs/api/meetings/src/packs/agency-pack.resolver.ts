import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { AgencyPackModel } from './agency-pack.model';
import { AgencyPackService } from './agency-pack.service';
import { ProduceAgencyPackInput } from './agency-pack.inputs';

@Resolver(() => AgencyPackModel)
export class AgencyPackResolver {
  constructor(private readonly packs: AgencyPackService) {}

  @RequirePermission(Permission.MEETING_READ)
  @Mutation(() => AgencyPackModel, {
    description: 'The agenda or minutes holding only what one member agency may see: the chair for any member agency, a member agency for itself (a DISCLOSURE to that agency)',
  })
  async produceAgencyPack(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: ProduceAgencyPackInput,
  ): Promise<AgencyPackModel> {
    return Object.assign(new AgencyPackModel(), await this.packs.produce(actor, input, requestId));
  }
}
