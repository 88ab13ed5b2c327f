import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { todayInLondon } from '@mace/api-children';
import { AgendaItemStatus, AgendaSubjectType, AuditOperation, AuditSubjectType, MeetingEventKind, MeetingStatus, RiskLevel } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingAccessService } from '../access/meeting-access.service';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { MeetingTypeEntity } from '../entities/meeting-type.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingEventsService } from '../events/meeting-events.service';
import { addLondonDays } from '../meeting/london-days';
import { CHAIR_ONLY, meetingForChange } from '../meeting/meeting-for-change';
import { AgendaCandidate, mergeHits, planAgenda } from './agenda-plan';
import { assertAgendaOpen } from './agenda-status';
import { AgendaRuleContext, subjectKey } from './rules/agenda-rule';
import { AgendaRuleRegistry } from './rules/agenda-rule-registry';

interface CandidateChildRow {
  id: string;
  risk_level: RiskLevel;
  lead_agency_id: string | null;
}

/**
 * Builds a meeting's agenda from its type's rules, and rebuilds it: new subjects are appended in
 * the agenda order, items already there keep every chair edit, and a child the chair removed is
 * not added back. One transaction with its audit events; AGENDA_CHANGED is published after commit.
 */
@Injectable()
export class AgendaBuilderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly registry: AgendaRuleRegistry,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async build(actor: Actor, meetingId: string, requestId: string): Promise<MeetingEntity> {
    const { meeting, changed } = await this.dataSource.transaction(async (manager) => {
      const { meeting } = await meetingForChange(manager, this.access, actor, meetingId, CHAIR_ONLY);
      assertAgendaOpen(meeting, 'meetingId');
      const type = await manager.getRepository(MeetingTypeEntity).findOneByOrFail({ id: meeting.meetingTypeId });
      const context = await this.context(manager, meeting, type);
      const hitsByRule = [];
      for (const definition of this.registry.forRules(type.agendaRules)) {
        hitsByRule.push({ rule: definition.rule, hits: await definition.hits(manager, context) });
      }
      const childIds = [...new Set(hitsByRule.flatMap(({ hits }) => hits.flatMap((hit) => (hit.childId ? [hit.childId] : []))))];
      const children = await this.candidateChildren(manager, childIds);
      const candidates = mergeHits(hitsByRule, (childId) => children.get(childId)?.risk_level ?? null);

      const existing = await manager.getRepository(AgendaItemEntity).findBy({ meetingId: meeting.id });
      const plan = planAgenda(
        existing.map((item) => ({ id: item.id, key: subjectKey(item), status: item.status, position: item.position, reasons: item.reasons })),
        candidates,
      );
      const members = await this.memberIds(manager, meeting.id);
      const added = await this.insert(manager, meeting, type, plan.add, children, members);
      for (const { itemId, reasons } of plan.refresh) {
        // Reasons are the system's, not an edit: the item's version (what the chair read) stays.
        await manager.query(`UPDATE agenda_item SET reasons = $2::jsonb, updated_at = now() WHERE id = $1`, [itemId, JSON.stringify(reasons)]);
      }
      await manager.query(`UPDATE meeting SET agenda_built_at = now(), updated_at = now() WHERE id = $1`, [meeting.id]);
      if (added.length) {
        await this.audit.record(manager, {
          operation: AuditOperation.COLLECTION,
          actor,
          requestId,
          subjectType: AuditSubjectType.AGENDA_ITEM,
          subjectIds: [...added.map((item) => item.id), ...added.flatMap((item) => (item.childId ? [item.childId] : []))],
          justification: `agenda of meeting ${meeting.id} built by rules: ${added.length} added`,
        });
      }
      if (plan.refresh.length) {
        await this.audit.record(manager, {
          operation: AuditOperation.ALTERATION,
          actor,
          requestId,
          subjectType: AuditSubjectType.AGENDA_ITEM,
          subjectIds: plan.refresh.map((refresh) => refresh.itemId),
          justification: `agenda of meeting ${meeting.id} rebuilt; changed: reasons`,
        });
      }
      return {
        meeting: await manager.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id }),
        changed: added.length + plan.refresh.length > 0,
      };
    });
    if (changed) await this.events.publish(meeting.id, MeetingEventKind.AGENDA_CHANGED, null, actor.userId);
    return meeting;
  }

  /** The window rules look back over: since the previous meeting of the type started, else one cadence. */
  private async context(manager: EntityManager, meeting: MeetingEntity, type: MeetingTypeEntity): Promise<AgendaRuleContext> {
    const [previous]: { id: string; starts_at: Date }[] = await manager.query(
      `SELECT id, starts_at FROM meeting
       WHERE meeting_type_id = $1 AND starts_at < $2 AND status <> $3 AND id <> $4
       ORDER BY starts_at DESC, id DESC LIMIT 1`,
      [type.id, meeting.startsAt, MeetingStatus.CANCELLED, meeting.id],
    );
    return {
      meetingId: meeting.id,
      meetingTypeId: type.id,
      districtId: meeting.districtId,
      startsAt: meeting.startsAt,
      meetingDate: todayInLondon(meeting.startsAt),
      previousMeeting: previous ? { id: previous.id, startsAt: previous.starts_at } : null,
      since: previous ? previous.starts_at : addLondonDays(meeting.startsAt, -type.cadenceDays),
    };
  }

  private async candidateChildren(manager: EntityManager, ids: string[]): Promise<Map<string, CandidateChildRow>> {
    if (!ids.length) return new Map();
    const rows: CandidateChildRow[] = await manager.query(`SELECT id, risk_level, lead_agency_id FROM child WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async memberIds(manager: EntityManager, meetingId: string): Promise<Set<string>> {
    const rows: { agency_id: string }[] = await manager.query(`SELECT agency_id FROM meeting_member WHERE meeting_id = $1`, [meetingId]);
    return new Set(rows.map((row) => row.agency_id));
  }

  /** New items: the child's lead agency presents when it is invited; the type's timebox. */
  private async insert(
    manager: EntityManager,
    meeting: MeetingEntity,
    type: MeetingTypeEntity,
    add: (AgendaCandidate & { position: number })[],
    children: Map<string, CandidateChildRow>,
    members: Set<string>,
  ): Promise<{ id: string; childId: string | null }[]> {
    if (!add.length) return [];
    const rows = add.map((candidate) => {
      const lead = candidate.childId ? (children.get(candidate.childId)?.lead_agency_id ?? null) : null;
      return {
        meetingId: meeting.id,
        position: candidate.position,
        subjectType: candidate.subjectType,
        childId: candidate.subjectType === AgendaSubjectType.CHILD ? candidate.childId : null,
        themeTitle: candidate.subjectType === AgendaSubjectType.THEME ? candidate.themeTitle : null,
        personId: candidate.personId ?? null,
        locationId: candidate.locationId ?? null,
        networkId: candidate.networkId ?? null,
        intelligenceId: candidate.intelligenceId ?? null,
        reasons: candidate.reasons,
        presenterAgencyId: lead && members.has(lead) ? lead : null,
        timeboxMinutes: type.defaultTimeboxMinutes,
        status: AgendaItemStatus.PENDING,
        carriedFromItemId: candidate.carriedFromItemId,
      };
    });
    const result = await manager.getRepository(AgendaItemEntity).insert(rows);
    return result.identifiers.map((identifier, index) => ({ id: identifier['id'] as string, childId: rows[index].childId }));
  }
}
