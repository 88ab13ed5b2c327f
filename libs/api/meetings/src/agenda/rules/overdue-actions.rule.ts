import { Injectable } from '@nestjs/common';
import { isOverdue, unfinishedSql } from '@mace/api-actions';
import { ActionStatus, AgendaRule } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { AgendaRuleContext, AgendaRuleDefinition, AgendaRuleHit, AgendaRuleProvider, childHit } from './agenda-rule';

export interface ChildActionFact {
  childId: string;
  dueOn: string;
  status: ActionStatus;
}

/** Children with actions overdue on the meeting's date (the one overdue rule of the actions lib), counted. */
export function overdueActionHits(facts: readonly ChildActionFact[], meetingDate: string): AgendaRuleHit[] {
  const counts = new Map<string, number>();
  for (const fact of facts) {
    if (isOverdue(fact.dueOn, fact.status, meetingDate)) counts.set(fact.childId, (counts.get(fact.childId) ?? 0) + 1);
  }
  return [...counts].map(([childId, n]) => childHit(childId, n === 1 ? '1 overdue action' : `${n} overdue actions`));
}

@Injectable()
@AgendaRuleProvider()
export class OverdueActionsRule implements AgendaRuleDefinition {
  readonly rule = AgendaRule.OVERDUE_ACTIONS;

  async hits(manager: EntityManager, context: AgendaRuleContext): Promise<AgendaRuleHit[]> {
    const facts: ChildActionFact[] = await manager.query(
      `SELECT a.child_id AS "childId", a.due_on::text AS "dueOn", a.status
       FROM action a WHERE a.district_id = $1 AND a.child_id IS NOT NULL AND ${unfinishedSql('a')} AND a.due_on < $2::date`,
      [context.districtId, context.meetingDate],
    );
    return overdueActionHits(facts, context.meetingDate);
  }
}
