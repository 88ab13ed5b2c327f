import { Injectable } from '@nestjs/common';
import { AgendaRule, ChildStatus, RISK_LEVEL_RANK, RiskLevel } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { AgendaRuleContext, AgendaRuleDefinition, AgendaRuleHit, AgendaRuleProvider, childHit } from './agenda-rule';

/** A child of the district whose risk was set after `since`. */
export interface RiskChangeFact {
  childId: string;
  status: ChildStatus;
  createdAt: Date;
  /** The level recorded at `since` (the latest entry set before it), null when none was. */
  levelBefore: RiskLevel | null;
  levelNow: RiskLevel;
}

const LIVE_CHILD = [ChildStatus.REFERRED, ChildStatus.OPEN];

/** Words for a level inside a sentence ("from medium to high"). */
const LEVEL_WORDS: Record<RiskLevel, string> = {
  [RiskLevel.NONE]: 'none',
  [RiskLevel.LOW]: 'low',
  [RiskLevel.MEDIUM]: 'medium',
  [RiskLevel.HIGH]: 'high',
};

/**
 * Children whose risk is higher now than at `since`. A child with no entry before `since` counts
 * from NONE if the record already existed then; a child created since is new, not "raised" (the
 * referral rule brings it).
 */
export function riskIncreasedHits(facts: readonly RiskChangeFact[], since: Date): AgendaRuleHit[] {
  const hits: AgendaRuleHit[] = [];
  for (const fact of facts) {
    if (!LIVE_CHILD.includes(fact.status)) continue;
    const before = fact.levelBefore ?? (fact.createdAt.getTime() <= since.getTime() ? RiskLevel.NONE : null);
    if (before === null || RISK_LEVEL_RANK[fact.levelNow] <= RISK_LEVEL_RANK[before]) continue;
    hits.push(childHit(fact.childId, `Risk raised from ${LEVEL_WORDS[before]} to ${LEVEL_WORDS[fact.levelNow]}`));
  }
  return hits;
}

@Injectable()
@AgendaRuleProvider()
export class RiskIncreasedRule implements AgendaRuleDefinition {
  readonly rule = AgendaRule.RISK_INCREASED;

  async hits(manager: EntityManager, context: AgendaRuleContext): Promise<AgendaRuleHit[]> {
    const facts: RiskChangeFact[] = await manager.query(
      `SELECT c.id AS "childId", c.status, c.created_at AS "createdAt", c.risk_level AS "levelNow",
              (SELECT k.level FROM child_risk k WHERE k.child_id = c.id AND k.set_at <= $2
                ORDER BY k.set_at DESC, k.id DESC LIMIT 1) AS "levelBefore"
       FROM child c
       WHERE c.district_id = $1 AND EXISTS (SELECT 1 FROM child_risk k WHERE k.child_id = c.id AND k.set_at > $2)`,
      [context.districtId, context.since],
    );
    return riskIncreasedHits(facts, context.since);
  }
}
