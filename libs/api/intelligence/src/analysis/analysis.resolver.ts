import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { EntityRefModel } from '../refs/entity-ref.model';
import {
  DistrictBriefingModel,
  DistrictIdArgs,
  LinkGraphArgs,
  LinkGraphModel,
  NetworkSummaryModel,
  OptionalDistrictArgs,
  SearchHitModel,
  SearchRecordsArgs,
  SharedContextModel,
  SubjectArgs,
} from './analysis.models';
import { DistrictBriefingService } from './district-briefing.service';
import { LinkGraphService } from './link-graph.service';
import { LinkedRecordsService } from './linked-records.service';
import { RecordSearchService } from './record-search.service';

/** Police analysis of the link records (LINKS_READ): graph, search, contextual safeguarding, networks, briefing. */
@Resolver()
export class AnalysisResolver {
  constructor(
    private readonly graphs: LinkGraphService,
    private readonly search: RecordSearchService,
    private readonly linked: LinkedRecordsService,
    private readonly briefings: DistrictBriefingService,
  ) {}

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => [SearchHitModel], { description: 'Persons (names, aliases), locations (name, postcode), vehicles, phones, e-mails, handles; tolerant of formatting' })
  searchRecords(@CurrentActor() actor: Actor, @Args() args: SearchRecordsArgs): Promise<SearchHitModel[]> {
    return this.search.search(actor, args.term);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => LinkGraphModel, { description: 'The links within one or two hops of a record (depth 1..2)' })
  linkGraph(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: LinkGraphArgs): Promise<LinkGraphModel> {
    return this.graphs.graph(actor, requestId, args.subject, args.depth, args.filter);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => [EntityRefModel], { description: 'Every child linked (directly or through a network’s members) to a network, location or person' })
  childrenLinkedTo(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: SubjectArgs): Promise<EntityRefModel[]> {
    return this.linked.childrenLinkedTo(actor, requestId, args.subject);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => [SharedContextModel], { description: 'Children sharing a location or an associate without being otherwise related' })
  sharedContexts(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: DistrictIdArgs): Promise<SharedContextModel[]> {
    return this.linked.sharedContexts(actor, requestId, args.districtId);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => [NetworkSummaryModel], { description: 'All group-based CSE networks with their children and persons' })
  groupBasedNetworks(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: OptionalDistrictArgs): Promise<NetworkSummaryModel[]> {
    return this.linked.groupBasedNetworks(actor, requestId, args.districtId);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => DistrictBriefingModel, { description: 'Police only: the district’s children at risk with associates, places, vehicles and a collection plan' })
  districtBriefing(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: DistrictIdArgs): Promise<DistrictBriefingModel> {
    return this.briefings.briefing(actor, requestId, args.districtId);
  }
}
