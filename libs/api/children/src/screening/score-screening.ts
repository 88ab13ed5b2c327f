import { RISK_LEVEL_LABELS, RiskLevel, ScreeningAnswer } from '@mace/shared-domain';
import type { ScreeningQuestion, ScreeningResponse, ScreeningToolDefinition } from './screening-tool-definition';

/** What the tool suggests, and in plain words why. */
export interface ScreeningSuggestion {
  level: RiskLevel;
  score: number;
  because: string[];
  /** Questions of the version with no answer at all (counted as "no" in the score). */
  unansweredCount: number;
  /** Answers of "not known", for either period: the level may be higher than suggested. */
  notKnownCount: number;
}

interface Contribution {
  question: ScreeningQuestion;
  recent: boolean;
  points: number;
}

/**
 * Score screening answers against a tool version. Pure: the same answers always give the same
 * suggestion, so the server recomputes it on submission instead of trusting the client's copy.
 * Answers to keys the version does not have are ignored here; callers validate keys first.
 */
export function scoreScreening(definition: ScreeningToolDefinition, responses: readonly ScreeningResponse[]): ScreeningSuggestion {
  const byKey = new Map(responses.map((response) => [response.questionKey, response]));
  const contributions: Contribution[] = [];
  let unansweredCount = 0;
  let notKnownCount = 0;
  for (const question of definition.questions) {
    const response = byKey.get(question.key);
    if (!response) {
      unansweredCount += 1;
      continue;
    }
    notKnownCount += [response.lastSixMonths, response.earlier].filter((answer) => answer === ScreeningAnswer.NOT_KNOWN).length;
    if (response.lastSixMonths === ScreeningAnswer.YES) {
      contributions.push({ question, recent: true, points: question.weight * definition.recentMultiplier });
    }
    if (response.earlier === ScreeningAnswer.YES) {
      contributions.push({ question, recent: false, points: question.weight * definition.earlierMultiplier });
    }
  }

  const score = contributions.reduce((total, c) => total + c.points, 0);
  const critical = contributions.filter((c) => c.recent && c.question.critical);
  const byScore = levelForScore(definition.thresholds, score);
  const level = critical.length ? RiskLevel.HIGH : byScore;

  const because = [
    ...critical.map((c) => `Critical indicator in the last six months: ${c.question.text}`),
    scoreSentence(definition.thresholds, score, byScore, contributions),
    // Largest contributions first, so the first lines say what mattered most.
    ...[...contributions]
      .sort((a, b) => b.points - a.points)
      .map((c) => `${c.recent ? 'In the last six months' : 'Earlier'} (${plural(c.points, 'point')}): ${c.question.text}`),
  ];
  if (notKnownCount) {
    because.push(`${plural(notKnownCount, 'answer')} not known: the risk may be higher than suggested`);
  }
  if (unansweredCount) {
    because.push(`${plural(unansweredCount, 'question')} not answered yet, counted as no`);
  }
  return { level, score, because, unansweredCount, notKnownCount };
}

function levelForScore(thresholds: ScreeningToolDefinition['thresholds'], score: number): RiskLevel {
  if (score >= thresholds.high) return RiskLevel.HIGH;
  if (score >= thresholds.medium) return RiskLevel.MEDIUM;
  if (score >= thresholds.low) return RiskLevel.LOW;
  return RiskLevel.NONE;
}

/** "Score 11 of 16 needed for high: 3 indicators in the last six months, 2 earlier". */
function scoreSentence(
  thresholds: ScreeningToolDefinition['thresholds'],
  score: number,
  byScore: RiskLevel,
  contributions: readonly Contribution[],
): string {
  const recent = contributions.filter((c) => c.recent).length;
  const earlier = contributions.length - recent;
  const counts = contributions.length
    ? `${plural(recent, 'indicator')} in the last six months, ${earlier} earlier`
    : 'no indicator answered yes';
  const next: Partial<Record<RiskLevel, [number, RiskLevel]>> = {
    [RiskLevel.NONE]: [thresholds.low, RiskLevel.LOW],
    [RiskLevel.LOW]: [thresholds.medium, RiskLevel.MEDIUM],
    [RiskLevel.MEDIUM]: [thresholds.high, RiskLevel.HIGH],
  };
  const above = next[byScore];
  if (!above) return `Score ${score}, at least ${thresholds.high} needed for high: ${counts}`;
  return `Score ${score} of ${above[0]} needed for ${RISK_LEVEL_LABELS[above[1]].toLowerCase()}: ${counts}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
