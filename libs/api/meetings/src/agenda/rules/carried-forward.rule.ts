import { Injectable } from '@nestjs/common';
import { AgendaItemStatus, AgendaRule, AgendaSubjectType } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { AgendaRuleContext, AgendaRuleDefinition, AgendaRuleHit, AgendaRuleProvider } from './agenda-rule';
import { dayInWords } from './rule-dates';

/** An item of the previous meeting of the type. */
export interface PreviousItemFact {
  itemId: string;
  subjectType: AgendaSubjectType;
  childId: string | null;
  themeTitle: string | null;
  status: AgendaItemStatus;
}

/** Items not reached at the previous meeting come back, linked to the item they continue. */
export function carriedForwardHits(
  facts: readonly PreviousItemFact[],
  previous: { startsAt: Date } | null,
  meetingDate: string,
): AgendaRuleHit[] {
  if (!previous) return [];
  const detail = `Not reached on ${dayInWords(previous.startsAt, meetingDate)}`;
  return facts
    .filter((fact) => fact.status === AgendaItemStatus.NOT_REACHED)
    .map((fact) => ({ subjectType: fact.subjectType, childId: fact.childId, themeTitle: fact.themeTitle, detail, carriedFromItemId: fact.itemId }));
}

@Injectable()
@AgendaRuleProvider()
export class CarriedForwardRule implements AgendaRuleDefinition {
  readonly rule = AgendaRule.CARRIED_FORWARD;

  async hits(manager: EntityManager, context: AgendaRuleContext): Promise<AgendaRuleHit[]> {
    if (!context.previousMeeting) return [];
    const facts: PreviousItemFact[] = await manager.query(
      `SELECT id AS "itemId", subject_type AS "subjectType", child_id AS "childId", theme_title AS "themeTitle", status
       FROM agenda_item WHERE meeting_id = $1 AND status = $2 ORDER BY position`,
      [context.previousMeeting.id, AgendaItemStatus.NOT_REACHED],
    );
    return carriedForwardHits(facts, context.previousMeeting, context.meetingDate);
  }
}
