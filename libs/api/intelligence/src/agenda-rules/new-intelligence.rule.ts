import { Injectable } from '@nestjs/common';
import { AgendaRuleContext, AgendaRuleDefinition, AgendaRuleHit, AgendaRuleProvider, childHit, recordHit } from '@mace/api-meetings';
import { AgendaRule, AgendaSubjectType, EntityKind, IntelligenceStatus } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';

/** An intelligence report of the district submitted or graded since the window began. */
export interface NewIntelligenceFact {
  intelligenceId: string;
  reference: string;
  status: IntelligenceStatus;
  submittedAt: Date;
  gradedAt: Date | null;
  /** The children it is about. */
  childIds: string[];
  /** Both ends of every link it supports. */
  linked: { kind: EntityKind; id: string }[];
}

const RECORD_SUBJECT: Partial<Record<EntityKind, AgendaSubjectType.PERSON | AgendaSubjectType.LOCATION | AgendaSubjectType.NETWORK>> = {
  [EntityKind.PERSON]: AgendaSubjectType.PERSON,
  [EntityKind.LOCATION]: AgendaSubjectType.LOCATION,
  [EntityKind.NETWORK]: AgendaSubjectType.NETWORK,
};

/**
 * NEW_INTELLIGENCE (CETG): intelligence submitted or graded since the last meeting of the type.
 * One item per subject: CHILD items for the children it is about (or linked to through it) and
 * PERSON / LOCATION / NETWORK items for the records its links name. Reports closed with no further
 * action are left out. The detail names the reference, never a person.
 */
export function newIntelligenceHits(facts: readonly NewIntelligenceFact[], since: Date): AgendaRuleHit[] {
  const bySubject = new Map<string, { make: (detail: string) => AgendaRuleHit; reports: NewIntelligenceFact[] }>();
  const add = (key: string, make: (detail: string) => AgendaRuleHit, fact: NewIntelligenceFact) => {
    const entry = bySubject.get(key) ?? { make, reports: [] };
    if (!entry.reports.some((report) => report.intelligenceId === fact.intelligenceId)) entry.reports.push(fact);
    bySubject.set(key, entry);
  };
  for (const fact of facts) {
    if (fact.status === IntelligenceStatus.NO_FURTHER_ACTION) continue;
    const graded = fact.gradedAt !== null && fact.gradedAt.getTime() > since.getTime();
    if (!graded && fact.submittedAt.getTime() <= since.getTime()) continue;
    const childIds = new Set([...fact.childIds, ...fact.linked.filter((end) => end.kind === EntityKind.CHILD).map((end) => end.id)]);
    for (const childId of childIds) add(`child:${childId}`, (detail) => childHit(childId, detail), fact);
    for (const end of fact.linked) {
      const subjectType = RECORD_SUBJECT[end.kind];
      if (subjectType) add(`${end.kind}:${end.id}`, (detail) => recordHit(subjectType, end.id, detail), fact);
    }
  }
  return [...bySubject.values()].map(({ make, reports }) => {
    const sorted = [...reports].sort((a, b) => a.reference.localeCompare(b.reference));
    const detail =
      sorted.length === 1
        ? `Intelligence ${sorted[0].reference} ${sorted[0].gradedAt && sorted[0].gradedAt.getTime() > since.getTime() ? 'graded' : 'submitted, awaiting grading'}`
        : `${sorted.length} new intelligence reports`;
    return { ...make(detail), intelligenceId: sorted[sorted.length - 1].intelligenceId };
  });
}

@Injectable()
@AgendaRuleProvider()
export class NewIntelligenceRule implements AgendaRuleDefinition {
  readonly rule = AgendaRule.NEW_INTELLIGENCE;

  async hits(manager: EntityManager, context: AgendaRuleContext): Promise<AgendaRuleHit[]> {
    const facts: NewIntelligenceFact[] = await manager.query(
      `SELECT i.id::text AS "intelligenceId", i.reference, i.status, i.submitted_at AS "submittedAt", i.graded_at AS "gradedAt",
              coalesce((SELECT array_agg(ic.child_id::text) FROM intelligence_child ic WHERE ic.intelligence_id = i.id), '{}') AS "childIds",
              coalesce((SELECT json_agg(json_build_object('kind', x.kind, 'id', x.id))
                        FROM link l CROSS JOIN LATERAL (VALUES (l.from_kind, l.from_id::text), (l.to_kind, l.to_id::text)) AS x(kind, id)
                        WHERE l.intelligence_id = i.id), '[]') AS linked
       FROM intelligence i
       WHERE i.district_id = $1 AND (i.submitted_at > $2 OR i.graded_at > $2) AND i.status <> 'NO_FURTHER_ACTION'`,
      [context.districtId, context.since],
    );
    return newIntelligenceHits(
      facts.map((fact) => ({ ...fact, submittedAt: new Date(fact.submittedAt), gradedAt: fact.gradedAt ? new Date(fact.gradedAt) : null })),
      context.since,
    );
  }
}
