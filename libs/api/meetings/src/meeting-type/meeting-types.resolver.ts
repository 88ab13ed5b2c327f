import { Args, Context, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Actor, CurrentActor, RequestContext, RequestId, RequirePermission } from '@mace/api-core';
import { AgencyModel, DirectoryLoaders, DistrictModel } from '@mace/api-auth';
import { Permission } from '@mace/shared-domain';
import { CreateMeetingTypeInput, UpdateMeetingTypeInput } from './meeting-type.inputs';
import { MeetingTypesArgs } from './meeting-types.args';
import { MeetingTypeLoaders } from './meeting-type.loaders';
import { MeetingTypeModel, toMeetingTypeModel } from './meeting-type.model';
import { MeetingTypesService } from './meeting-types.service';

@Resolver(() => MeetingTypeModel)
export class MeetingTypesResolver {
  constructor(
    private readonly types: MeetingTypesService,
    private readonly loaders: MeetingTypeLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  // The guard takes one permission, and both readers of meetings (MEETING_READ: their districts'
  // types) and configurers (MEETING_CONFIGURE: every type, the administrator included) list types.
  // Types are configuration without case data, so the guard asks for directory reading and the
  // service applies the two rules.
  @RequirePermission(Permission.DIRECTORY_READ)
  @Query(() => [MeetingTypeModel], { description: 'Meeting types: your districts’ (meeting:read), or every type (meeting:configure)' })
  async meetingTypes(@CurrentActor() actor: Actor, @Args() args: MeetingTypesArgs): Promise<MeetingTypeModel[]> {
    return (await this.types.list(actor, args.districtId)).map(toMeetingTypeModel);
  }

  @RequirePermission(Permission.MEETING_CONFIGURE)
  @Mutation(() => MeetingTypeModel, { description: 'Configure a kind of meeting for a district (a chair: own districts; an administrator: any)' })
  async createMeetingType(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: CreateMeetingTypeInput): Promise<MeetingTypeModel> {
    return toMeetingTypeModel(await this.types.create(actor, input, requestId));
  }

  @RequirePermission(Permission.MEETING_CONFIGURE)
  @Mutation(() => MeetingTypeModel, { description: 'Change a meeting type; meetings already scheduled keep their members' })
  async updateMeetingType(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: UpdateMeetingTypeInput): Promise<MeetingTypeModel> {
    return toMeetingTypeModel(await this.types.update(actor, input, requestId));
  }

  @ResolveField(() => DistrictModel)
  async district(@Root() type: MeetingTypeModel, @Context() ctx: RequestContext): Promise<DistrictModel> {
    const district = await this.directory.district(ctx.loaders).load(type.districtId);
    if (!district) throw new Error(`meeting type ${type.id} has no district`);
    return district;
  }

  @ResolveField(() => [AgencyModel], { description: 'Invited to every meeting of the type' })
  coreAgencies(@Root() type: MeetingTypeModel, @Context() ctx: RequestContext): Promise<AgencyModel[]> {
    return this.loaders.coreAgencies(ctx.loaders).load(type.id);
  }
}
