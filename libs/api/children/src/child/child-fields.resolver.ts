import { Args, Context, Int, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { RequestContext } from '@mace/api-core';
import { AgencyModel, DirectoryLoaders, DistrictModel } from '@mace/api-auth';
import { ChronologyEntryModel } from '../chronology/chronology-entry.model';
import { ageOn, todayInLondon } from '../dates/calendar-date';
import { ChildModel } from '../graphql/child.model';
import { ChildFlagModel } from './child-flag.model';
import { ChildInvolvementModel } from './child-involvement.model';
import { ChildLoaders } from './child.loaders';
import { RiskEntryModel } from './risk-entry.model';

/** Relations and derived values of a child record the caller was already allowed to read. */
@Resolver(() => ChildModel)
export class ChildFieldsResolver {
  constructor(
    private readonly loaders: ChildLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @ResolveField(() => String, { description: 'Given and family name' })
  fullName(@Root() child: ChildModel): string {
    return `${child.givenName} ${child.familyName}`;
  }

  @ResolveField(() => [String], { description: 'Other names the child is known as, oldest first' })
  knownAs(@Root() child: ChildModel, @Context() ctx: RequestContext): Promise<string[]> {
    return this.loaders.aliases(ctx.loaders).load(child.id);
  }

  @ResolveField(() => Int, { description: 'Age today in Europe/London' })
  ageInYears(@Root() child: ChildModel): number {
    return ageOn(child.dateOfBirth, todayInLondon());
  }

  @ResolveField(() => Boolean, { description: 'The next review is today or earlier (Europe/London)' })
  reviewDue(@Root() child: ChildModel): boolean {
    return child.nextReviewOn !== null && child.nextReviewOn <= todayInLondon();
  }

  @ResolveField(() => DistrictModel)
  async district(@Root() child: ChildModel, @Context() ctx: RequestContext): Promise<DistrictModel> {
    const district = await this.directory.district(ctx.loaders).load(child.districtId);
    if (!district) throw new Error(`child ${child.id} has no district`);
    return district;
  }

  @ResolveField(() => AgencyModel, { nullable: true })
  leadAgency(@Root() child: ChildModel, @Context() ctx: RequestContext): Promise<AgencyModel | null> {
    return child.leadAgencyId ? this.directory.agency(ctx.loaders).load(child.leadAgencyId) : Promise.resolve(null);
  }

  @ResolveField(() => [RiskEntryModel], { description: 'Newest first' })
  riskHistory(@Root() child: ChildModel, @Context() ctx: RequestContext): Promise<RiskEntryModel[]> {
    return this.loaders.riskHistory(ctx.loaders).load(child.id);
  }

  @ResolveField(() => [ChildFlagModel], { description: 'Active flags, newest first; with includeRemoved also removed and expired ones' })
  async flags(
    @Root() child: ChildModel,
    @Context() ctx: RequestContext,
    @Args('includeRemoved', { type: () => Boolean, nullable: true, defaultValue: false }) includeRemoved: boolean | null,
  ): Promise<ChildFlagModel[]> {
    const flags = await this.loaders.flags(ctx.loaders).load(child.id);
    return includeRemoved ? flags : flags.filter((flag) => flag.active);
  }

  @ResolveField(() => [ChildInvolvementModel], { description: 'Why each agency may see the child' })
  involvements(@Root() child: ChildModel, @Context() ctx: RequestContext): Promise<ChildInvolvementModel[]> {
    return this.loaders.involvements(ctx.loaders).load(child.id);
  }

  @ResolveField(() => [ChronologyEntryModel], { description: 'Everything that happened, newest first' })
  chronology(@Root() child: ChildModel, @Context() ctx: RequestContext): Promise<ChronologyEntryModel[]> {
    return this.loaders.chronology(ctx.loaders).load(child.id);
  }
}
