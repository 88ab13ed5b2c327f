import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { actorOf, RequestContext } from '@mace/api-core';
import { DirectoryLoaders, DistrictModel } from '@mace/api-auth';
import { MeetingTypeEntity } from '../entities/meeting-type.entity';
import { MeetingTypeLoaders } from '../meeting-type/meeting-type.loaders';
import { MeetingTypeModel, toMeetingTypeModel } from '../meeting-type/meeting-type.model';
import { meetingTitle } from './meeting-title';
import { MeetingLoaders } from './meeting.loaders';
import { MeetingModel } from './meeting.model';

/** Relations of a meeting the caller was already allowed to open. */
@Resolver(() => MeetingModel)
export class MeetingFieldsResolver {
  constructor(
    private readonly types: MeetingTypeLoaders,
    private readonly meetings: MeetingLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @ResolveField(() => MeetingTypeModel)
  async type(@Root() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<MeetingTypeModel> {
    return toMeetingTypeModel(await this.typeOf(meeting, ctx));
  }

  @ResolveField(() => DistrictModel)
  async district(@Root() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<DistrictModel> {
    const district = await this.directory.district(ctx.loaders).load(meeting.districtId);
    if (!district) throw new Error(`meeting ${meeting.id} has no district`);
    return district;
  }

  @ResolveField(() => String, { description: 'e.g. "Sheffield MACE, Thursday 3 December 2026" (Europe/London)' })
  async title(@Root() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<string> {
    return meetingTitle((await this.typeOf(meeting, ctx)).name, meeting.startsAt);
  }

  @ResolveField(() => String, { description: 'The meeting type’s statement, accepted by each attendee before case details show' })
  async confidentialityStatement(@Root() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<string> {
    return (await this.typeOf(meeting, ctx)).confidentialityStatement;
  }

  @ResolveField(() => MeetingModel, { nullable: true, description: 'The latest earlier meeting of the same type that was not cancelled and you may open' })
  previousMeeting(@Root() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<MeetingModel | null> {
    return this.meetings.previous(ctx.loaders, actorOf(ctx)).load(meeting.id);
  }

  private async typeOf(meeting: MeetingModel, ctx: RequestContext): Promise<MeetingTypeEntity> {
    const type = await this.types.type(ctx.loaders).load(meeting.meetingTypeId);
    if (!type) throw new Error(`meeting ${meeting.id} has no type`);
    return type;
  }
}
