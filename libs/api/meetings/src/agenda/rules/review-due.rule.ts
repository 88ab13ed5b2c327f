import { Injectable } from '@nestjs/common';
import { AgendaRule, ChildStatus } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { AgendaRuleContext, AgendaRuleDefinition, AgendaRuleHit, AgendaRuleProvider, childHit } from './agenda-rule';
import { dayInWords } from './rule-dates';

export interface ReviewDateFact {
  childId: string;
  status: ChildStatus;
  /** yyyy-mm-dd, or null when none is set. */
  nextReviewOn: string | null;
}

/** Open children whose next review falls on or before the meeting's date (Europe/London). */
export function reviewDueHits(facts: readonly ReviewDateFact[], meetingDate: string): AgendaRuleHit[] {
  return facts
    .filter((fact) => fact.status === ChildStatus.OPEN && fact.nextReviewOn !== null && fact.nextReviewOn <= meetingDate)
    .map((fact) => childHit(fact.childId, `Review due ${dayInWords(fact.nextReviewOn as string, meetingDate)}`));
}

@Injectable()
@AgendaRuleProvider()
export class ReviewDueRule implements AgendaRuleDefinition {
  readonly rule = AgendaRule.REVIEW_DUE;

  async hits(manager: EntityManager, context: AgendaRuleContext): Promise<AgendaRuleHit[]> {
    const facts: ReviewDateFact[] = await manager.query(
      `SELECT c.id AS "childId", c.status, c.next_review_on::text AS "nextReviewOn"
       FROM child c WHERE c.district_id = $1 AND c.status = $2 AND c.next_review_on <= $3::date`,
      [context.districtId, ChildStatus.OPEN, context.meetingDate],
    );
    return reviewDueHits(facts, context.meetingDate);
  }
}
