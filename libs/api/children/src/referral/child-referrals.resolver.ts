import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { actorOf, RequestContext, requestIdOf } from '@mace/api-core';
import { ChildModel } from '../graphql/child.model';
import { ReferralLoaders } from './referral.loaders';
import { ReferralModel, toReferralModel } from './referral.model';

/** A child's referrals: visible whenever the child is, since they are the child's data. */
@Resolver(() => ChildModel)
export class ChildReferralsResolver {
  constructor(private readonly loaders: ReferralLoaders) {}

  @ResolveField(() => [ReferralModel], { description: 'Newest first' })
  async referrals(@Root() child: ChildModel, @Context() ctx: RequestContext): Promise<ReferralModel[]> {
    const rows = await this.loaders.referralsOfChild(ctx.loaders, actorOf(ctx), requestIdOf(ctx)).load(child.id);
    return rows.map(toReferralModel);
  }
}
