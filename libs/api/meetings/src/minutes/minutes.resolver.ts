import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { MinutesChangesService } from './minutes-changes.service';
import { AddMinutesAddendumInput, ApproveMinutesArgs, SaveMinutesInput } from './minutes.inputs';
import { MinutesModel } from './minutes.model';

@Resolver()
export class MinutesResolver {
  constructor(private readonly changes: MinutesChangesService) {}

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MinutesModel, { description: 'The chair saves the draft minutes of a closed meeting (version 0: the fresh draft)' })
  saveMinutes(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: SaveMinutesInput): Promise<MinutesModel> {
    return this.changes.save(actor, input, requestId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MinutesModel, { description: 'The chair approves the minutes; they are frozen from then on (corrections are addenda)' })
  approveMinutes(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: ApproveMinutesArgs): Promise<MinutesModel> {
    return this.changes.approve(actor, args, requestId);
  }

  @RequirePermission(Permission.MEETING_CONTRIBUTE)
  @Mutation(() => MinutesModel, { description: 'Add a correction to approved minutes, shown with its author, agency and time' })
  addMinutesAddendum(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: AddMinutesAddendumInput,
  ): Promise<MinutesModel> {
    return this.changes.addAddendum(actor, input, requestId);
  }
}
