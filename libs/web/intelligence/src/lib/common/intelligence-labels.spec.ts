import { HandlingCode, IntelligenceAssessment, IntelligenceStatus, SourceEvaluation } from '@mace/shared-domain';
import { excerpt, gradingCode, nextStatuses, validityLabel } from './intelligence-labels';

describe('intelligence labels', () => {
  it('writes the 3x5x2 grading in short', () => {
    expect(gradingCode(SourceEvaluation.UNTESTED, IntelligenceAssessment.B, HandlingCode.C)).toBe('2 B C');
    expect(gradingCode(SourceEvaluation.RELIABLE, IntelligenceAssessment.A, HandlingCode.P)).toBe('1 A P');
    expect(gradingCode(null, IntelligenceAssessment.A, HandlingCode.P)).toBeUndefined();
  });

  it.each([
    [IntelligenceStatus.SUBMITTED, []],
    [IntelligenceStatus.GRADED, [IntelligenceStatus.LINKED, IntelligenceStatus.TABLED, IntelligenceStatus.ACTIONED, IntelligenceStatus.NO_FURTHER_ACTION]],
    [IntelligenceStatus.TABLED, [IntelligenceStatus.ACTIONED, IntelligenceStatus.NO_FURTHER_ACTION]],
    [IntelligenceStatus.ACTIONED, [IntelligenceStatus.NO_FURTHER_ACTION]],
    [IntelligenceStatus.NO_FURTHER_ACTION, []],
  ])('from %s the SPOC may move to %j', (status, next) => {
    expect(nextStatuses(status)).toEqual(next);
  });

  it('describes a link’s dates', () => {
    const f = (d: string) => `<${d}>`;
    expect(validityLabel('2026-01-01', '2026-02-01', f)).toBe('<2026-01-01> to <2026-02-01>');
    expect(validityLabel('2026-01-01', null, f)).toBe('From <2026-01-01>');
    expect(validityLabel(null, '2026-02-01', f)).toBe('Until <2026-02-01>');
    expect(validityLabel(null, undefined, f)).toBe('No dates recorded');
  });

  it('cuts long texts at a word', () => {
    expect(excerpt('Short text')).toBe('Short text');
    expect(excerpt('first line\nsecond line')).toBe('first line');
    expect(excerpt('alpha beta gamma delta', 12)).toBe('alpha beta…');
  });
});
