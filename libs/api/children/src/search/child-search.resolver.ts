import { Args, Context, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Actor, CurrentActor, RequestContext, RequestId, RequirePermission } from '@mace/api-core';
import { AgencyModel, DirectoryLoaders, DistrictModel } from '@mace/api-auth';
import { Permission } from '@mace/shared-domain';
import { ChildSearchResultModel } from './child-search-result.model';
import { ChildSearchService } from './child-search.service';
import { PossibleDuplicatesInput, SearchChildrenArgs } from './search.inputs';

@Resolver(() => ChildSearchResultModel)
export class ChildSearchResolver {
  constructor(
    private readonly search: ChildSearchService,
    private readonly directory: DirectoryLoaders,
  ) {}

  @RequirePermission(Permission.CHILD_READ)
  @Query(() => [ChildSearchResultModel], {
    description: 'Search names, known-as names and dates of birth, tolerant of misspelling. Records you may not see show only where they are known.',
  })
  searchChildren(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: SearchChildrenArgs): Promise<ChildSearchResultModel[]> {
    return this.search.search(actor, args.term, args.first, requestId);
  }

  @RequirePermission(Permission.REFERRAL_SUBMIT)
  @Query(() => [ChildSearchResultModel], { description: 'Children who may be the one being referred; a matching date of birth ranks first' })
  possibleDuplicates(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: PossibleDuplicatesInput,
  ): Promise<ChildSearchResultModel[]> {
    return this.search.possibleDuplicates(actor, input, requestId);
  }

  @ResolveField(() => DistrictModel)
  async district(@Root() result: ChildSearchResultModel, @Context() ctx: RequestContext): Promise<DistrictModel> {
    const district = await this.directory.district(ctx.loaders).load(result.districtId);
    if (!district) throw new Error(`search hit ${result.ref} has no district`);
    return district;
  }

  @ResolveField(() => AgencyModel, { nullable: true, description: 'The lead agency, if there is one' })
  contactAgency(@Root() result: ChildSearchResultModel, @Context() ctx: RequestContext): Promise<AgencyModel | null> {
    return result.contactAgencyId ? this.directory.agency(ctx.loaders).load(result.contactAgencyId) : Promise.resolve(null);
  }
}
