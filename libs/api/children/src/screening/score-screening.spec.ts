import { RiskLevel, ScreeningAnswer } from '@mace/shared-domain';
import { scoreScreening } from './score-screening';
import type { ScreeningResponse, ScreeningToolDefinition } from './screening-tool-definition';

const { YES, NO, NOT_KNOWN } = ScreeningAnswer;

/** A small tool so every boundary is reachable with one or two answers. */
const TOOL: ScreeningToolDefinition = {
  recentMultiplier: 2,
  earlierMultiplier: 1,
  thresholds: { low: 2, medium: 6, high: 10 },
  questions: [
    { key: 'light', section: 'S', text: 'Light indicator', weight: 1 },
    { key: 'strong', section: 'S', text: 'Strong indicator', weight: 2 },
    { key: 'critical', section: 'S', text: 'Found with adults linked to exploitation', weight: 3, critical: true },
    { key: 'other', section: 'S', text: 'Other strong indicator', weight: 2 },
  ],
};

type Answers = Partial<Record<string, [ScreeningAnswer, ScreeningAnswer]>>;

/** Every question answered no, except those given as [last six months, earlier]. */
function answers(given: Answers, omit: string[] = []): ScreeningResponse[] {
  return TOOL.questions
    .filter((q) => !omit.includes(q.key))
    .map((q) => {
      const [lastSixMonths, earlier] = given[q.key] ?? [NO, NO];
      return { questionKey: q.key, lastSixMonths, earlier };
    });
}

describe('scoreScreening', () => {
  const CASES: { name: string; given: Answers; omit?: string[]; level: RiskLevel; score: number; notKnown?: number; unanswered?: number }[] = [
    { name: 'all no: no risk identified', given: {}, level: RiskLevel.NONE, score: 0 },
    { name: 'one point, just below low', given: { light: [NO, YES] }, level: RiskLevel.NONE, score: 1 },
    { name: 'exactly the low threshold', given: { light: [YES, NO] }, level: RiskLevel.LOW, score: 2 },
    { name: 'just below medium', given: { strong: [YES, NO], light: [NO, YES] }, level: RiskLevel.LOW, score: 5 },
    { name: 'exactly the medium threshold', given: { strong: [YES, NO], light: [YES, NO] }, level: RiskLevel.MEDIUM, score: 6 },
    { name: 'just below high', given: { strong: [YES, NO], other: [YES, NO], light: [NO, YES] }, level: RiskLevel.MEDIUM, score: 9 },
    { name: 'exactly the high threshold', given: { strong: [YES, NO], other: [YES, NO], light: [YES, NO] }, level: RiskLevel.HIGH, score: 10 },
    { name: 'a yes for both periods counts both', given: { strong: [YES, YES], other: [YES, YES] }, level: RiskLevel.HIGH, score: 12 },
    { name: 'earlier weighs the weight once', given: { other: [NO, YES] }, level: RiskLevel.LOW, score: 2 },
    { name: 'the last six months weigh it twice', given: { other: [YES, NO] }, level: RiskLevel.LOW, score: 4 },
    { name: 'critical in the last six months overrides the total', given: { critical: [YES, NO] }, level: RiskLevel.HIGH, score: 6 },
    { name: 'critical only earlier does not override', given: { critical: [NO, YES] }, level: RiskLevel.LOW, score: 3 },
    { name: 'not known counts separately and adds nothing', given: { light: [NOT_KNOWN, NOT_KNOWN], strong: [NOT_KNOWN, NO] }, level: RiskLevel.NONE, score: 0, notKnown: 3 },
    { name: 'unanswered questions count as no and are counted', given: { strong: [YES, NO] }, omit: ['light', 'other'], level: RiskLevel.LOW, score: 4, unanswered: 2 },
  ];

  it.each(CASES)('$name: $level, score $score', ({ given, omit, level, score, notKnown, unanswered }) => {
    const result = scoreScreening(TOOL, answers(given, omit));
    expect(result.level).toBe(level);
    expect(result.score).toBe(score);
    expect(result.notKnownCount).toBe(notKnown ?? 0);
    expect(result.unansweredCount).toBe(unanswered ?? 0);
  });

  it('explains a critical override, the total and each yes, largest first', () => {
    const result = scoreScreening(TOOL, answers({ critical: [YES, NO], light: [NO, YES] }));
    expect(result.because).toEqual([
      'Critical indicator in the last six months: Found with adults linked to exploitation',
      'Score 7 of 10 needed for high: 1 indicator in the last six months, 1 earlier',
      'In the last six months (6 points): Found with adults linked to exploitation',
      'Earlier (1 point): Light indicator',
    ]);
  });

  it('explains a level reached by the total', () => {
    const result = scoreScreening(TOOL, answers({ strong: [YES, NO], other: [YES, YES] }));
    expect(result.because).toEqual([
      'Score 10, at least 10 needed for high: 2 indicators in the last six months, 1 earlier',
      'In the last six months (4 points): Strong indicator',
      'In the last six months (4 points): Other strong indicator',
      'Earlier (2 points): Other strong indicator',
    ]);
  });

  it('says when nothing was answered yes, and what is not known or unanswered', () => {
    const result = scoreScreening(TOOL, answers({ light: [NOT_KNOWN, NO] }, ['other']));
    expect(result.because).toEqual([
      'Score 0 of 2 needed for low: no indicator answered yes',
      '1 answer not known: the risk may be higher than suggested',
      '1 question not answered yet, counted as no',
    ]);
  });

  it('ignores answers to keys the version does not have', () => {
    const result = scoreScreening(TOOL, [...answers({}), { questionKey: 'unknown', lastSixMonths: YES, earlier: YES }]);
    expect(result).toMatchObject({ level: RiskLevel.NONE, score: 0 });
  });
});
