import { RISK_LEVEL_LABELS, RiskLevel } from '@mace/shared-domain';

/** "medium risk", "no risk identified": a level as it reads inside a sentence. */
export function riskPhrase(level: RiskLevel): string {
  return level === RiskLevel.NONE ? RISK_LEVEL_LABELS[level].toLowerCase() : `${RISK_LEVEL_LABELS[level].toLowerCase()} risk`;
}
