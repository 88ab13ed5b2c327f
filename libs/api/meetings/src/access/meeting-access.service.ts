import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mace/api-core';
import { ChildAccessService } from '@mace/api-children';
import { AccessPath, AgendaSubjectType, Permission } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingScope, meetingScopeBrand } from './meeting-scope';

/** Why the caller may open a meeting, and what they may do with it. */
export interface MeetingGrant {
  meetingId: string;
  districtId: string;
  /** The caller's agency is invited (core member or guest). */
  member: boolean;
  /** The caller oversees the meeting's district (chair, SPOC). */
  oversight: boolean;
  /** The caller chairs meetings of the district: schedule, agenda, run, close, minutes. */
  manage: boolean;
  /** The caller may post pre-meeting updates, accept the statement and add addenda. */
  contribute: boolean;
  /** The caller accepted this meeting's confidentiality statement. */
  acceptedConfidentiality: boolean;
}

/** What of an agenda item decides who sees its case details. */
export interface AgendaItemSubject {
  id: string;
  meetingId: string;
  subjectType: AgendaSubjectType;
  childId: string | null;
  sharedAt: Date | null;
}

/**
 * How much of an item the caller sees. FULL: case details. NEEDS_CONFIDENTIALITY: the caller may
 * see it once they accept the meeting's statement. RESTRICTED: shown only as "restricted, known to
 * <lead agency>", because the caller's agency has no need to know and the chair has not shared it.
 */
export enum ItemVisibility {
  FULL = 'FULL',
  NEEDS_CONFIDENTIALITY = 'NEEDS_CONFIDENTIALITY',
  RESTRICTED = 'RESTRICTED',
}

interface MeetingAccessRow {
  id: string;
  district_id: string;
  oversight: boolean;
  member: boolean;
  accepted: boolean;
}

/**
 * Need-to-know for meetings. A meeting is open to the agencies invited to it and to those who
 * oversee its district (chair, SPOC); chairs of the district manage it. Inside a meeting, each
 * child item shows its case details only to callers who may read the child (oversight or
 * involvement, never break-glass) or to attendees once the chair shared it for this meeting, and
 * only after the caller accepted the meeting's confidentiality statement. Every answer is for a
 * set of ids in one query; ids outside it are treated exactly like ids that do not exist.
 */
@Injectable()
export class MeetingAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly children: ChildAccessService,
  ) {}

  /** The meetings a caller may list: their districts' (oversight) and those their agency is invited to. */
  listScope(actor: Actor): MeetingScope {
    const member = `EXISTS (SELECT 1 FROM meeting_member scope_mm WHERE scope_mm.meeting_id = m.id AND scope_mm.agency_id = :scopeAgency)`;
    if (!actor.permissions.has(Permission.MEETING_READ)) return brand({ actor, where: 'false', params: {} });
    if (actor.permissions.has(Permission.MEETING_READ_DISTRICT)) {
      return brand({
        actor,
        where: `(m.district_id = ANY(:scopeDistricts) OR ${member})`,
        params: { scopeDistricts: [...actor.districtIds], scopeAgency: actor.agencyId },
      });
    }
    return brand({ actor, where: member, params: { scopeAgency: actor.agencyId } });
  }

  /** Of `ids`, the meetings the caller may open, each with what they may do there. */
  async readable(actor: Actor, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, MeetingGrant>> {
    const grants = new Map<string, MeetingGrant>();
    if (ids.length === 0 || !actor.permissions.has(Permission.MEETING_READ)) return grants;
    const rows: MeetingAccessRow[] = await manager.query(
      `SELECT m.id, m.district_id,
              ($2::boolean AND m.district_id = ANY($3::uuid[])) AS oversight,
              EXISTS (SELECT 1 FROM meeting_member mm WHERE mm.meeting_id = m.id AND mm.agency_id = $4) AS member,
              EXISTS (SELECT 1 FROM meeting_confidentiality mc WHERE mc.meeting_id = m.id AND mc.user_id = $5) AS accepted
       FROM meeting m WHERE m.id::text = ANY($1)`,
      [[...ids], actor.permissions.has(Permission.MEETING_READ_DISTRICT), [...actor.districtIds], actor.agencyId, actor.userId],
    );
    for (const row of rows) {
      if (!row.oversight && !row.member) continue;
      const manage = actor.permissions.has(Permission.MEETING_MANAGE_DISTRICT) && actor.districtIds.includes(row.district_id);
      grants.set(row.id, {
        meetingId: row.id,
        districtId: row.district_id,
        member: row.member,
        oversight: row.oversight,
        manage,
        contribute: actor.permissions.has(Permission.MEETING_CONTRIBUTE),
        acceptedConfidentiality: row.accepted,
      });
    }
    return grants;
  }

  /**
   * How much of each item the caller sees. `grants` are the caller's grants for the items'
   * meetings (items of meetings without a grant are left out: the caller may not see them at all).
   */
  async itemVisibility(
    actor: Actor,
    items: readonly AgendaItemSubject[],
    grants: ReadonlyMap<string, MeetingGrant>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ItemVisibility>> {
    const visible = new Map<string, ItemVisibility>();
    const childIds = [...new Set(items.filter((item) => grants.has(item.meetingId) && item.childId).map((item) => item.childId as string))];
    const readableChildren = await this.children.readable(actor, childIds, manager);
    for (const item of items) {
      const grant = grants.get(item.meetingId);
      if (!grant) continue;
      let needToKnow = true;
      if (item.subjectType === AgendaSubjectType.CHILD && item.childId) {
        const path = readableChildren.get(item.childId)?.path;
        const knows = path === AccessPath.DISTRICT_OVERSIGHT || path === AccessPath.INVOLVEMENT;
        needToKnow = knows || (item.sharedAt !== null && grant.member);
      }
      if (!needToKnow) visible.set(item.id, ItemVisibility.RESTRICTED);
      else if (!grant.acceptedConfidentiality) visible.set(item.id, ItemVisibility.NEEDS_CONFIDENTIALITY);
      else visible.set(item.id, ItemVisibility.FULL);
    }
    return visible;
  }
}

/** The only place a MeetingScope is minted. */
function brand(scope: Omit<MeetingScope, typeof meetingScopeBrand>): MeetingScope {
  return scope as MeetingScope;
}
