import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { ChildStatisticsModel } from './child-statistics.model';
import { ChildStatisticsService } from './child-statistics.service';
import { PseudonymisedChildConnection } from './pseudonymised-child.model';
import { PseudonymisedChildrenArgs } from './pseudonymised-children.args';

@Resolver()
export class ChildStatisticsResolver {
  constructor(private readonly statistics: ChildStatisticsService) {}

  @RequirePermission(Permission.CHILD_STATISTICS)
  @Query(() => ChildStatisticsModel, { description: 'Counts of children in your districts (or one of them)' })
  childStatistics(
    @CurrentActor() actor: Actor,
    @Args('districtId', { type: () => ID, nullable: true }) districtId?: string,
  ): Promise<ChildStatisticsModel> {
    return this.statistics.statistics(actor, districtId ?? undefined);
  }

  @RequirePermission(Permission.CHILD_STATISTICS)
  @Query(() => PseudonymisedChildConnection, {
    description: 'Children of your districts under pseudonyms, without names, dates of birth or addresses (audited)',
    complexity: pageComplexity,
  })
  pseudonymisedChildren(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args() args: PseudonymisedChildrenArgs,
  ): Promise<PseudonymisedChildConnection> {
    return this.statistics.pseudonymised(actor, args, requestId);
  }
}
