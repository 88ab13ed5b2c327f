import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, NotFoundError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AuditOperation, AuditSubjectType, EntityKind, IntelligenceStatus } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { IntelligenceEntity } from '../entities/intelligence.entity';
import { LinkEntity } from '../entities/link.entity';
import { IntelligenceView } from '../intelligence/intelligence-view';
import { IntelligenceService } from '../intelligence/intelligence.service';
import { EntityRefInput, refKey } from '../refs/entity-ref.model';
import { EntityRefsService } from '../refs/entity-refs.service';
import { CreateLinkInput } from './link.inputs';
import { LinkModel } from './link.model';

/**
 * Links between any two records, children included. Both ends must be records the caller may see
 * (EntityRefsService), and a link is shown only when both its ends are. Making a link combines
 * records (DPA s.62): a COMBINATION event names both ends.
 */
@Injectable()
export class LinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly refs: EntityRefsService,
    private readonly intelligence: IntelligenceService,
  ) {}

  create(actor: Actor, input: CreateLinkInput, requestId: string): Promise<LinkModel> {
    const problems: Record<string, string> = {};
    if (input.from.id === input.to.id) problems['to'] = 'A record cannot be linked to itself';
    if (input.validFrom && input.validTo && input.validTo < input.validFrom) problems['validTo'] = 'The end date must be on or after the start date';
    if (Object.keys(problems).length) throw new BadUserInputError(problems);
    return this.dataSource.transaction(async (manager) => {
      const ends = await this.refs.visible(actor, [input.from, input.to], manager);
      if (!ends.has(refKey(input.from)) || !ends.has(refKey(input.to))) throw new NotFoundError('Record');
      const supporting = input.intelligenceId ? await this.inFull(manager, actor, input.intelligenceId) : null;
      const link = await manager.getRepository(LinkEntity).save({
        fromKind: input.from.kind,
        fromId: input.from.id,
        toKind: input.to.kind,
        toId: input.to.id,
        relation: input.relation,
        validFrom: input.validFrom ?? null,
        validTo: input.validTo ?? null,
        confidence: input.confidence,
        intelligenceId: supporting?.id ?? null,
        note: input.note ?? null,
        createdByUserId: actor.userId,
      });
      const byKind = new Map<EntityKind, string[]>();
      for (const end of [input.from, input.to]) byKind.set(end.kind, [...(byKind.get(end.kind) ?? []), end.id]);
      for (const [kind, ids] of byKind) {
        await this.audit.record(manager, {
          operation: AuditOperation.COMBINATION,
          actor,
          requestId,
          subjectType: AuditSubjectType[kind],
          subjectIds: ids,
          justification: `link ${link.id}: ${input.relation}`,
        });
      }
      const children = [input.from, input.to].filter((end) => end.kind === EntityKind.CHILD).map((end) => end.id);
      if (supporting && children.length) await this.intelligenceAboutChildren(manager, actor, supporting, children, requestId);
      return this.toModel(link, ends.get(refKey(input.from))!, ends.get(refKey(input.to))!);
    });
  }

  /** The direct links of one record the caller may see, those whose other end they may see too. */
  linksOf(actor: Actor, subject: EntityRefInput, requestId: string): Promise<LinkModel[]> {
    return this.dataSource.transaction(async (manager) => {
      const centre = await this.refs.visible(actor, [subject], manager);
      if (!centre.has(refKey(subject))) throw new NotFoundError('Record');
      const rows = await manager
        .getRepository(LinkEntity)
        .createQueryBuilder('l')
        .where('(l.from_kind = :kind AND l.from_id = :id) OR (l.to_kind = :kind AND l.to_id = :id)', { kind: subject.kind, id: subject.id })
        .orderBy('l.created_at', 'DESC')
        .addOrderBy('l.id')
        .getMany();
      const links = await this.visibleLinks(manager, actor, rows);
      await this.recordLinkReads(manager, actor, links, requestId);
      return links;
    });
  }

  /** Links supporting each of `intelligenceIds` (already FULL views), both ends visible; one ref query per kind. */
  async supportedBy(actor: Actor, intelligenceIds: readonly string[], requestId: string): Promise<LinkModel[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(LinkEntity)
        .createQueryBuilder('l')
        .where('l.intelligence_id = ANY(:ids)', { ids: [...intelligenceIds] })
        .orderBy('l.created_at')
        .addOrderBy('l.id')
        .getMany();
      const links = await this.visibleLinks(manager, actor, rows);
      await this.recordLinkReads(manager, actor, links, requestId);
      return links;
    });
  }

  private async visibleLinks(manager: EntityManager, actor: Actor, rows: LinkEntity[]): Promise<LinkModel[]> {
    const ends = rows.flatMap((l) => [
      { kind: l.fromKind, id: l.fromId },
      { kind: l.toKind, id: l.toId },
    ]);
    const visible = await this.refs.visible(actor, ends, manager);
    return rows.flatMap((l) => {
      const from = visible.get(refKey({ kind: l.fromKind, id: l.fromId }));
      const to = visible.get(refKey({ kind: l.toKind, id: l.toId }));
      return from && to ? [this.toModel(l, from, to)] : [];
    });
  }

  /** CONSULTATION of the links shown, and of the children named at their ends. */
  private async recordLinkReads(manager: EntityManager, actor: Actor, links: LinkModel[], requestId: string): Promise<void> {
    if (links.length === 0) return;
    await this.audit.record(manager, {
      operation: AuditOperation.CONSULTATION,
      actor,
      requestId,
      subjectType: AuditSubjectType.LINK,
      subjectIds: links.map((l) => l.id),
      justification: 'links of police records',
    });
    const children = [...new Set(links.flatMap((l) => [l.from, l.to]).filter((r) => r.kind === EntityKind.CHILD).map((r) => r.id))];
    if (children.length) {
      await this.audit.record(manager, {
        operation: AuditOperation.CONSULTATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.CHILD,
        subjectIds: children,
        justification: 'named at the end of a link',
      });
    }
  }

  /** The supporting intelligence, seen in full by the caller; NOT_FOUND otherwise (never linked on a partner's view). */
  private async inFull(manager: EntityManager, actor: Actor, id: string): Promise<IntelligenceEntity> {
    const item = await manager.getRepository(IntelligenceEntity).findOneBy({ id });
    const [model] = item ? await this.intelligence.views(manager, actor, [item]) : [];
    if (!item || model?.view !== IntelligenceView.FULL) throw new NotFoundError('Intelligence');
    return item;
  }

  /** Linking intelligence to a child makes it about that child, and moves it GRADED → LINKED. */
  private async intelligenceAboutChildren(manager: EntityManager, actor: Actor, item: IntelligenceEntity, childIds: string[], requestId: string): Promise<void> {
    await manager.query(
      `INSERT INTO intelligence_child (intelligence_id, child_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [item.id, childIds],
    );
    const linked = item.status === IntelligenceStatus.GRADED;
    if (linked) {
      await manager.query(`UPDATE intelligence SET status = 'LINKED', version = version + 1, updated_at = now() WHERE id = $1`, [item.id]);
    }
    await this.audit.record(manager, {
      operation: AuditOperation.ALTERATION,
      actor,
      requestId,
      subjectType: AuditSubjectType.INTELLIGENCE,
      subjectIds: [item.id],
      justification: `linked to ${childIds.length === 1 ? 'a child' : 'children'}${linked ? '; status: GRADED → LINKED' : ''}`,
    });
  }

  private toModel(l: LinkEntity, from: LinkModel['from'], to: LinkModel['to']): LinkModel {
    return {
      id: l.id,
      from,
      to,
      relation: l.relation,
      validFrom: l.validFrom,
      validTo: l.validTo,
      confidence: l.confidence,
      intelligenceId: l.intelligenceId,
      note: l.note,
      createdByUserId: l.createdByUserId,
      createdAt: l.createdAt,
    };
  }
}
