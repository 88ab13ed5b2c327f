import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import {
  Actor,
  actorOf,
  Connection,
  CurrentActor,
  NotFoundError,
  pageComplexity,
  RequestContext,
  RequestId,
  requestIdOf,
  RequirePermission,
} from '@mace/api-core';
import { AgencyModel, DirectoryLoaders, DistrictModel, UserModel } from '@mace/api-auth';
import { Permission } from '@mace/shared-domain';
import { ChildAccessService } from '../access/child-access.service';
import { ReferralEntity } from '../entities/referral.entity';
import { ChildModel } from '../graphql/child.model';
import { ReferralConnection } from './referral-connection.model';
import { ReferralLoaders } from './referral.loaders';
import { ReferralSubmissionService } from './referral-submission.service';
import { ReferralTriageService } from './referral-triage.service';
import { DecideReferralInput, SubmitReferralInput } from './referral.inputs';
import { ReferralModel, ScreeningAnswerRecordModel, toReferralModel } from './referral.model';
import { ReferralsArgs } from './referrals.args';
import { ReferralsService } from './referrals.service';

@Resolver(() => ReferralModel)
export class ReferralResolver {
  constructor(
    private readonly reading: ReferralsService,
    private readonly submission: ReferralSubmissionService,
    private readonly triage: ReferralTriageService,
    private readonly access: ChildAccessService,
    private readonly loaders: ReferralLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @RequirePermission(Permission.CHILD_READ)
  @Query(() => ReferralModel, { description: 'A referral whose child you may see' })
  async referral(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('id', { type: () => ID }) id: string): Promise<ReferralModel> {
    return toReferralModel(await this.reading.get(actor, id, requestId));
  }

  @RequirePermission(Permission.CHILD_READ)
  @Query(() => ReferralConnection, {
    description: 'Referrals of children you may see: oldest first when filtering on awaiting triage alone (the triage board), otherwise newest first',
    complexity: pageComplexity,
  })
  async referrals(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: ReferralsArgs): Promise<Connection<ReferralModel>> {
    const page = await this.reading.list(this.access.listScope(actor), args.filter, args, requestId);
    return { ...page, nodes: page.nodes.map(toReferralModel) };
  }

  @RequirePermission(Permission.REFERRAL_SUBMIT)
  @Mutation(() => ReferralModel, { description: 'Refer a child, new or one you can already see, with the screening answers' })
  async submitReferral(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: SubmitReferralInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.submission.submit(actor, input, requestId));
  }

  @RequirePermission(Permission.REFERRAL_TRIAGE)
  @Mutation(() => ReferralModel, { description: 'Decide a referral at triage (the MACE chair of its district)' })
  async decideReferral(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: DecideReferralInput,
  ): Promise<ReferralModel> {
    return toReferralModel(await this.triage.decide(actor, input, requestId));
  }

  @ResolveField(() => ChildModel)
  async child(@Root() referral: ReferralModel, @Context() ctx: RequestContext): Promise<ChildModel> {
    const child = await this.loaders.child(ctx.loaders, actorOf(ctx), requestIdOf(ctx)).load(referral.childId);
    if (!child) throw new NotFoundError('Child');
    return child;
  }

  @ResolveField(() => DistrictModel)
  async district(@Root() referral: ReferralModel, @Context() ctx: RequestContext): Promise<DistrictModel> {
    return required(await this.directory.district(ctx.loaders).load(referral.districtId), 'district', referral);
  }

  @ResolveField(() => UserModel, { description: 'Who referred: part of the referral, so not limited by the user directory' })
  async referrer(@Root() referral: ReferralModel, @Context() ctx: RequestContext): Promise<UserModel> {
    return required(await this.loaders.user(ctx.loaders).load(referral.referrerUserId), 'referrer', referral);
  }

  @ResolveField(() => AgencyModel)
  async referrerAgency(@Root() referral: ReferralModel, @Context() ctx: RequestContext): Promise<AgencyModel> {
    return required(await this.directory.agency(ctx.loaders).load(referral.referrerAgencyId), 'referrer agency', referral);
  }

  @ResolveField(() => Int, { description: 'The version of the screening tool the answers are for' })
  async screeningToolVersion(@Root() referral: ReferralModel, @Context() ctx: RequestContext): Promise<number> {
    return required(await this.loaders.tool(ctx.loaders).load(referral.screeningToolId), 'screening tool', referral).version;
  }

  @ResolveField(() => [ScreeningAnswerRecordModel], { description: 'In the order the tool asks them, with its wording' })
  async answers(@Root() referral: ReferralModel, @Context() ctx: RequestContext): Promise<ScreeningAnswerRecordModel[]> {
    const tool = required(await this.loaders.tool(ctx.loaders).load(referral.screeningToolId), 'screening tool', referral);
    const text = new Map(tool.definition.questions.map((q) => [q.key, q.text]));
    return referral.responses.map((r) => ({ ...r, questionText: text.get(r.questionKey) ?? r.questionKey }));
  }

  @ResolveField(() => String, { nullable: true, description: 'The name of the chair who decided' })
  async decidedBy(@Root() referral: ReferralModel, @Context() ctx: RequestContext): Promise<string | null> {
    if (!referral.decidedByUserId) return null;
    return (await this.loaders.user(ctx.loaders).load(referral.decidedByUserId))?.displayName ?? null;
  }
}

/** Foreign keys guarantee these rows; a missing one is a server fault, not the caller's. */
function required<T>(value: T | null, what: string, referral: Pick<ReferralEntity, 'id'>): T {
  if (value === null) throw new Error(`referral ${referral.id} has no ${what}`);
  return value;
}
