import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { actorOf, RequestContext, requestIdOf } from '@mace/api-core';
import { AgencyModel, DirectoryLoaders, UserModel } from '@mace/api-auth';
import { ChildModel } from '@mace/api-children';
import { AgendaSubjectType } from '@mace/shared-domain';
import { ItemVisibility } from '../access/meeting-access.service';
import { AgendaItemModel } from './agenda-item.model';
import { AgendaSubjectLabels } from './agenda-subject-labels';
import { AgendaLoaders } from './agenda.loaders';
import { AgendaItemUpdateModel } from './updates/agenda-item-update.model';

const RESTRICTED_TITLE = 'Restricted item';
const HIDDEN_TITLE = 'Case details hidden until you accept the confidentiality statement';

/**
 * What an item shows depends on its visibility: case details (the child's name, the child, the
 * updates) only in FULL; a restricted item names only the agency that knows the child.
 */
@Resolver(() => AgendaItemModel)
export class AgendaItemFieldsResolver {
  constructor(
    private readonly loaders: AgendaLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly subjects: AgendaSubjectLabels,
  ) {}

  @ResolveField(() => String, {
    description: `FULL: the child’s full name, the theme, or (police only) the person, location or network; RESTRICTED: "${RESTRICTED_TITLE}"; NEEDS_CONFIDENTIALITY: "${HIDDEN_TITLE}"`,
  })
  async title(@Root() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<string> {
    if (item.visibility === ItemVisibility.RESTRICTED) return RESTRICTED_TITLE;
    if (item.visibility === ItemVisibility.NEEDS_CONFIDENTIALITY) return HIDDEN_TITLE;
    if (item.recordId && item.subjectType !== AgendaSubjectType.CHILD && item.subjectType !== AgendaSubjectType.THEME) {
      // Persons, locations and networks are police records: named only to those who may see them.
      const label = await this.subjects.label(ctx.loaders, actorOf(ctx), { subjectType: item.subjectType, id: item.recordId });
      return label ?? RESTRICTED_TITLE;
    }
    if (item.subjectType !== AgendaSubjectType.CHILD) return item.themeTitle ?? '';
    const child = await this.child(item, ctx);
    return child ? `${child.givenName} ${child.familyName}` : RESTRICTED_TITLE;
  }

  @ResolveField(() => String, { nullable: true, description: 'RESTRICTED only: "Restricted: known to <lead agency>"' })
  async restrictedNote(@Root() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<string | null> {
    if (item.visibility !== ItemVisibility.RESTRICTED || !item.childId) return null;
    const leadId = await this.loaders.leadAgencyId(ctx.loaders).load(item.childId);
    const lead = leadId ? await this.directory.agency(ctx.loaders).load(leadId) : null;
    return lead ? `Restricted: known to ${lead.name}` : 'Restricted: known to the lead agency';
  }

  @ResolveField(() => ChildModel, { nullable: true, description: 'FULL only; reading it is recorded as a consultation of the child' })
  async child(@Root() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<ChildModel | null> {
    if (item.visibility !== ItemVisibility.FULL || !item.childId) return null;
    return this.loaders.child(ctx.loaders, actorOf(ctx), requestIdOf(ctx)).load(item.id);
  }

  @ResolveField(() => AgencyModel, { nullable: true })
  async presenterAgency(@Root() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<AgencyModel | null> {
    return item.presenterAgencyId ? this.directory.agency(ctx.loaders).load(item.presenterAgencyId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true })
  async presenterUser(@Root() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<UserModel | null> {
    return item.presenterUserId ? this.loaders.user(ctx.loaders).load(item.presenterUserId) : null;
  }

  @ResolveField(() => [AgendaItemUpdateModel], { description: 'Agencies’ pre-meeting updates; FULL only, else empty' })
  async updates(@Root() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<AgendaItemUpdateModel[]> {
    if (item.visibility !== ItemVisibility.FULL) return [];
    return this.loaders.updates(ctx.loaders, actorOf(ctx)).load(item.id);
  }
}
