import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mace/api-core';
import { AGENDA_RULE_LABELS, AgendaRule } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingAccessService, MeetingGrant } from '../access/meeting-access.service';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { AgendaItemModel, toAgendaItemModel } from './agenda-item.model';

const label = (rule: AgendaRule) => AGENDA_RULE_LABELS[rule];

/** Agenda items as the caller sees them: each with its visibility, worked out for the whole set in one pass. */
@Injectable()
export class AgendaItemViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
  ) {}

  /** Items of meetings without a grant are left out (the caller may not see them at all). */
  async models(
    actor: Actor,
    items: readonly AgendaItemEntity[],
    grants: ReadonlyMap<string, MeetingGrant>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AgendaItemModel[]> {
    const visibility = await this.access.itemVisibility(actor, items, grants, manager);
    return items.filter((item) => visibility.has(item.id)).map((item) => toAgendaItemModel(item, visibility.get(item.id)!, label));
  }

  /** One item, for a mutation's answer (the caller changed it, so they may open its meeting). */
  async one(actor: Actor, itemId: string): Promise<AgendaItemModel> {
    const item = await this.dataSource.getRepository(AgendaItemEntity).findOneByOrFail({ id: itemId });
    const grants = await this.access.readable(actor, [item.meetingId]);
    const [model] = await this.models(actor, [item], grants);
    if (!model) throw new Error(`agenda item ${itemId} changed by a caller who cannot open its meeting`);
    return model;
  }
}
