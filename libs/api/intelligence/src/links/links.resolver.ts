import { Args, Context, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Actor, actorOf, byKeys, CurrentActor, groupByKeys, RequestContext, RequestId, requestIdOf, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IntelligenceView } from '../intelligence/intelligence-view';
import { IntelligenceModel } from '../intelligence/intelligence.model';
import { CreateLinkInput, LinksOfArgs } from './link.inputs';
import { LinkModel } from './link.model';
import { LinksService } from './links.service';

@Resolver(() => LinkModel)
export class LinksResolver {
  constructor(
    private readonly links: LinksService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermission(Permission.LINKS_MANAGE)
  @Mutation(() => LinkModel, { description: 'Link two records you may see; with intelligence about a child, the intelligence becomes LINKED' })
  createLink(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: CreateLinkInput): Promise<LinkModel> {
    return this.links.create(actor, input, requestId);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => [LinkModel], { description: 'The direct links of one record (those whose other end you may see)' })
  linksOf(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() { subject }: LinksOfArgs): Promise<LinkModel[]> {
    return this.links.linksOf(actor, subject, requestId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The reference of the supporting intelligence' })
  intelligenceReference(@Root() link: LinkModel, @Context() ctx: RequestContext): Promise<string | null> | null {
    if (!link.intelligenceId) return null;
    return ctx.loaders
      .get<string, string | null>('linkIntelligenceReference', async (ids) => {
        const rows: { id: string; reference: string }[] = await this.dataSource.query(`SELECT id, reference FROM intelligence WHERE id = ANY($1::uuid[])`, [[...ids]]);
        return byKeys(ids, rows, (row) => row.id).map((row) => row?.reference ?? null);
      })
      .load(link.intelligenceId);
  }

  @ResolveField(() => String, { description: 'Who made the link' })
  createdBy(@Root() link: LinkModel, @Context() ctx: RequestContext): Promise<string> {
    return ctx.loaders
      .get<string, string>('linkCreatedBy', async (ids) => {
        const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, display_name AS name FROM user_account WHERE id = ANY($1::uuid[])`, [[...ids]]);
        return byKeys(ids, rows, (row) => row.id).map((row) => row?.name ?? '');
      })
      .load(link.createdByUserId);
  }
}

/** Intelligence.links: police of the district only, batched over every item on the page. */
@Resolver(() => IntelligenceModel)
export class IntelligenceLinksResolver {
  constructor(private readonly linksService: LinksService) {}

  @ResolveField(() => [LinkModel], { description: 'Police of the district only: the links it supports' })
  async links(@Root() item: IntelligenceModel, @Context() ctx: RequestContext): Promise<LinkModel[]> {
    if (item.view !== IntelligenceView.FULL) return [];
    return ctx.loaders
      .get<string, LinkModel[]>('intelligenceLinks', async (ids) => {
        const links = await this.linksService.supportedBy(actorOf(ctx), ids, requestIdOf(ctx));
        return groupByKeys(ids, links, (l) => l.intelligenceId ?? '', (l) => l);
      })
      .load(item.id);
  }
}
