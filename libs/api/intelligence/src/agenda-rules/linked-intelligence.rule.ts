import { Injectable } from '@nestjs/common';
import { AgendaRuleContext, AgendaRuleDefinition, AgendaRuleHit, AgendaRuleProvider, childHit } from '@mace/api-meetings';
import { AgendaRule, ChildStatus, EntityKind } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';

/** Graded intelligence supporting a link of one of a child's associates or places. */
export interface LinkedIntelligenceFact {
  childId: string;
  status: ChildStatus;
  /** When the child was last discussed at a meeting (null: never). */
  lastDiscussedAt: Date | null;
  /** Through whom or where: the child's associate (PERSON) or place (LOCATION). */
  via: EntityKind.PERSON | EntityKind.LOCATION;
  reference: string;
  gradedAt: Date;
}

const LIVE_CHILD = [ChildStatus.REFERRED, ChildStatus.OPEN];

/**
 * LINKED_INTELLIGENCE (MACE): new graded intelligence linked to a child's associates or places
 * since the child was last discussed (never discussed: since the window began). One CHILD item per
 * child; the detail says through what, never who.
 */
export function linkedIntelligenceHits(facts: readonly LinkedIntelligenceFact[], since: Date): AgendaRuleHit[] {
  const byChild = new Map<string, LinkedIntelligenceFact[]>();
  for (const fact of facts) {
    if (!LIVE_CHILD.includes(fact.status)) continue;
    const from = fact.lastDiscussedAt ?? since;
    if (fact.gradedAt.getTime() <= from.getTime()) continue;
    const list = byChild.get(fact.childId) ?? [];
    if (!list.some((other) => other.reference === fact.reference && other.via === fact.via)) list.push(fact);
    byChild.set(fact.childId, list);
  }
  return [...byChild].map(([childId, list]) => {
    const references = [...new Set(list.map((fact) => fact.reference))].sort();
    const vias = new Set(list.map((fact) => fact.via));
    const about = vias.size === 2 ? 'associates and places' : vias.has(EntityKind.PERSON) ? 'an associate' : 'a place';
    const detail =
      references.length === 1
        ? `New graded intelligence about ${about} (${references[0]})`
        : `${references.length} new graded intelligence reports about ${vias.size === 2 ? about : vias.has(EntityKind.PERSON) ? 'associates' : 'places'}`;
    return childHit(childId, detail);
  });
}

@Injectable()
@AgendaRuleProvider()
export class LinkedIntelligenceRule implements AgendaRuleDefinition {
  readonly rule = AgendaRule.LINKED_INTELLIGENCE;

  async hits(manager: EntityManager, context: AgendaRuleContext): Promise<AgendaRuleHit[]> {
    const facts: LinkedIntelligenceFact[] = await manager.query(
      `WITH kids AS (
         SELECT c.id, c.status,
                (SELECT max(coalesce(ai.discussion_ended_at, m.starts_at)) FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
                  WHERE ai.child_id = c.id AND ai.status = 'DISCUSSED') AS last_discussed
         FROM child c WHERE c.district_id = $1 AND c.status IN ('REFERRED', 'OPEN')
       ),
       around AS (
         SELECT k.id AS child_id, k.status, k.last_discussed, l.id AS link_id,
                CASE WHEN l.from_id = k.id THEN l.to_kind ELSE l.from_kind END AS via_kind,
                CASE WHEN l.from_id = k.id THEN l.to_id ELSE l.from_id END AS via_id
         FROM kids k JOIN link l ON l.from_id = k.id OR l.to_id = k.id
       )
       SELECT DISTINCT a.child_id::text AS "childId", a.status, a.last_discussed AS "lastDiscussedAt", a.via_kind AS via,
              i.reference, i.graded_at AS "gradedAt"
       FROM around a
       JOIN link l2 ON (l2.from_id = a.via_id OR l2.to_id = a.via_id) AND l2.id <> a.link_id
       JOIN intelligence i ON i.id = l2.intelligence_id
       WHERE a.via_kind IN ('PERSON', 'LOCATION') AND i.graded_at IS NOT NULL AND i.status <> 'NO_FURTHER_ACTION'
         AND i.graded_at > coalesce(a.last_discussed, $2)`,
      [context.districtId, context.since],
    );
    return linkedIntelligenceHits(
      facts.map((fact) => ({ ...fact, gradedAt: new Date(fact.gradedAt), lastDiscussedAt: fact.lastDiscussedAt ? new Date(fact.lastDiscussedAt) : null })),
      context.since,
    );
  }
}
