import { Injectable } from '@nestjs/common';
import { AgendaRule, ChildStatus, ReferralStatus } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { AgendaRuleContext, AgendaRuleDefinition, AgendaRuleHit, AgendaRuleProvider, childHit } from './agenda-rule';
import { dayInWords } from './rule-dates';

/** A referral of the district accepted at triage. */
export interface AcceptedReferralFact {
  childId: string;
  childStatus: ChildStatus;
  decidedAt: Date;
}

/** Children still at MACE (a child closed since acceptance is not brought back by the referral). */
const LIVE_CHILD = [ChildStatus.REFERRED, ChildStatus.OPEN];

/**
 * Children whose referral was accepted after `since` (the previous meeting's start, or one cadence
 * back): one hit per child, naming the latest acceptance.
 */
export function newReferralHits(facts: readonly AcceptedReferralFact[], since: Date, meetingDate: string): AgendaRuleHit[] {
  const latest = new Map<string, Date>();
  for (const fact of facts) {
    if (fact.decidedAt.getTime() <= since.getTime() || !LIVE_CHILD.includes(fact.childStatus)) continue;
    const seen = latest.get(fact.childId);
    if (!seen || seen < fact.decidedAt) latest.set(fact.childId, fact.decidedAt);
  }
  return [...latest].map(([childId, at]) => childHit(childId, `Referral accepted ${dayInWords(at, meetingDate)}`));
}

@Injectable()
@AgendaRuleProvider()
export class NewReferralRule implements AgendaRuleDefinition {
  readonly rule = AgendaRule.NEW_REFERRAL;

  async hits(manager: EntityManager, context: AgendaRuleContext): Promise<AgendaRuleHit[]> {
    const facts: AcceptedReferralFact[] = await manager.query(
      `SELECT r.child_id AS "childId", c.status AS "childStatus", r.decided_at AS "decidedAt"
       FROM referral r JOIN child c ON c.id = r.child_id
       WHERE r.district_id = $1 AND r.status = $2 AND r.decided_at > $3`,
      [context.districtId, ReferralStatus.ACCEPTED, context.since],
    );
    return newReferralHits(facts, context.since, context.meetingDate);
  }
}
