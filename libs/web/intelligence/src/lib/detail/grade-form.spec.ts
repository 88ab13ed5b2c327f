import { HandlingCode, IntelligenceAssessment, SourceEvaluation } from '@mace/shared-domain';
import { gradeFormErrors, initialGradeForm, toGradeInput, type GradeForm } from './grade-form';

const valid: GradeForm = {
  sourceEvaluation: SourceEvaluation.RELIABLE,
  intelligenceAssessment: IntelligenceAssessment.B,
  handlingCode: HandlingCode.P,
  handlingConditions: '',
  sanitisedText: 'A vehicle was seen near a school.',
};

describe('grade form', () => {
  it('asks for all three codes and the sanitised text', () => {
    expect(Object.keys(gradeFormErrors(initialGradeForm({})))).toEqual(['sourceEvaluation', 'intelligenceAssessment', 'handlingCode', 'sanitisedText']);
    expect(gradeFormErrors(valid)).toEqual({});
  });

  it('asks for conditions with a C code only', () => {
    expect(gradeFormErrors({ ...valid, handlingCode: HandlingCode.C })).toEqual({ handlingConditions: 'Enter the conditions for sharing' });
    expect(gradeFormErrors({ ...valid, handlingCode: HandlingCode.C, handlingConditions: 'Safeguarding use only' })).toEqual({});
  });

  it('limits the texts to what the database keeps', () => {
    expect(gradeFormErrors({ ...valid, sanitisedText: 'x'.repeat(4001) })['sanitisedText']).toMatch(/4,000/);
    expect(gradeFormErrors({ ...valid, handlingCode: HandlingCode.C, handlingConditions: 'x'.repeat(1001) })['handlingConditions']).toMatch(/1,000/);
  });

  it('drops conditions typed before switching to P', () => {
    const input = toGradeInput('i1', 3, { ...valid, handlingConditions: 'left over', sanitisedText: '  text  ' });
    expect(input).toEqual({
      id: 'i1',
      version: 3,
      sourceEvaluation: SourceEvaluation.RELIABLE,
      intelligenceAssessment: IntelligenceAssessment.B,
      handlingCode: HandlingCode.P,
      handlingConditions: undefined,
      sanitisedText: 'text',
    });
  });

  it('opens with the earlier grading', () => {
    expect(initialGradeForm({ handlingCode: HandlingCode.C, handlingConditions: 'c', sanitisedText: 's' })).toMatchObject({ handlingCode: HandlingCode.C, handlingConditions: 'c', sanitisedText: 's' });
  });
});
