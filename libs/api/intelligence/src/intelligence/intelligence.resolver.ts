import { Args, Context, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Actor, actorOf, Connection, CurrentActor, pageComplexity, RequestContext, RequestId, requestIdOf, RequirePermission } from '@mace/api-core';
import { AgencyModel, DirectoryLoaders, DistrictModel } from '@mace/api-auth';
import { ChildModel } from '@mace/api-children';
import { Permission } from '@mace/shared-domain';
import {
  GradeIntelligenceInput,
  IntelligenceIdArgs,
  IntelligenceReportsArgs,
  SetIntelligenceStatusInput,
  SubmitIntelligenceInput,
} from './intelligence.inputs';
import { IntelligenceLoaders } from './intelligence.loaders';
import { IntelligenceConnection, IntelligenceModel } from './intelligence.model';
import { IntelligenceService } from './intelligence.service';

@Resolver(() => IntelligenceModel)
export class IntelligenceResolver {
  constructor(
    private readonly intelligence: IntelligenceService,
    private readonly loaders: IntelligenceLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @RequirePermission(Permission.INTEL_READ)
  @Query(() => IntelligenceModel, { name: 'intelligence', description: 'One item, as much of it as you may see' })
  item(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() { id }: IntelligenceIdArgs): Promise<IntelligenceModel> {
    return this.intelligence.get(actor, id, requestId);
  }

  @RequirePermission(Permission.INTEL_READ)
  @Query(() => IntelligenceConnection, { complexity: pageComplexity, description: 'Intelligence you may see, newest first' })
  intelligenceReports(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: IntelligenceReportsArgs): Promise<Connection<IntelligenceModel>> {
    return this.intelligence.list(actor, args, requestId);
  }

  @RequirePermission(Permission.INTEL_SUBMIT)
  @Mutation(() => IntelligenceModel, { description: 'Submit intelligence to a district’s police SPOC for grading' })
  submitIntelligence(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: SubmitIntelligenceInput): Promise<IntelligenceModel> {
    return this.intelligence.submit(actor, input, requestId);
  }

  @RequirePermission(Permission.INTEL_GRADE)
  @Mutation(() => IntelligenceModel, { description: 'Grade an item 3x5x2 and write the sanitised text for partners (SPOC of the district)' })
  gradeIntelligence(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: GradeIntelligenceInput): Promise<IntelligenceModel> {
    return this.intelligence.grade(actor, input, requestId);
  }

  @RequirePermission(Permission.INTEL_GRADE)
  @Mutation(() => IntelligenceModel, { description: 'GRADED → LINKED → TABLED → ACTIONED or NO_FURTHER_ACTION' })
  setIntelligenceStatus(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: SetIntelligenceStatusInput): Promise<IntelligenceModel> {
    return this.intelligence.setStatus(actor, input, requestId);
  }

  @ResolveField(() => DistrictModel)
  async district(@Root() item: IntelligenceModel, @Context() ctx: RequestContext): Promise<DistrictModel> {
    const district = await this.directory.district(ctx.loaders).load(item.districtId);
    if (!district) throw new Error(`intelligence ${item.id} has no district`);
    return district;
  }

  @ResolveField(() => AgencyModel, { description: 'Everyone who may see the item sees which agency submitted it' })
  async submittedByAgency(@Root() item: IntelligenceModel, @Context() ctx: RequestContext): Promise<AgencyModel> {
    const agency = await this.directory.agency(ctx.loaders).load(item.submittedByAgencyId);
    if (!agency) throw new Error(`intelligence ${item.id} has no agency`);
    return agency;
  }

  @ResolveField(() => String, { nullable: true, description: 'Police of the district only' })
  submittedBy(@Root() item: IntelligenceModel, @Context() ctx: RequestContext): Promise<string | null> | null {
    return item.submittedByUserId ? this.loaders.userName(ctx.loaders).load(item.submittedByUserId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Police of the district only' })
  gradedBy(@Root() item: IntelligenceModel, @Context() ctx: RequestContext): Promise<string | null> | null {
    return item.gradedByUserId ? this.loaders.userName(ctx.loaders).load(item.gradedByUserId) : null;
  }

  @ResolveField(() => [ChildModel], { description: 'The children it is about that you may see' })
  children(@Root() item: IntelligenceModel, @Context() ctx: RequestContext): Promise<ChildModel[]> {
    return this.loaders.children(ctx.loaders, actorOf(ctx), requestIdOf(ctx)).load(item.id);
  }
}
