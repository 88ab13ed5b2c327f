import { HandlingCode, type IntelligenceAssessment, type SourceEvaluation } from '@mace/shared-domain';
import type { GradeIntelligenceInput } from '@mace/web-data-access';

export const CONDITIONS_MAX = 1000;
export const SANITISED_MAX = 4000;

export interface GradeForm {
  sourceEvaluation: SourceEvaluation | '';
  intelligenceAssessment: IntelligenceAssessment | '';
  handlingCode: HandlingCode | '';
  handlingConditions: string;
  sanitisedText: string;
}

/** The form as it opens: the earlier grading when there is one, so a regrade changes only what it must. */
export function initialGradeForm(current: {
  sourceEvaluation?: SourceEvaluation | null;
  intelligenceAssessment?: IntelligenceAssessment | null;
  handlingCode?: HandlingCode | null;
  handlingConditions?: string | null;
  sanitisedText?: string | null;
}): GradeForm {
  return {
    sourceEvaluation: current.sourceEvaluation ?? '',
    intelligenceAssessment: current.intelligenceAssessment ?? '',
    handlingCode: current.handlingCode ?? '',
    handlingConditions: current.handlingConditions ?? '',
    sanitisedText: current.sanitisedText ?? '',
  };
}

export function gradeFormErrors(form: GradeForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.sourceEvaluation) errors['sourceEvaluation'] = 'Select the source evaluation';
  if (!form.intelligenceAssessment) errors['intelligenceAssessment'] = 'Select the intelligence assessment';
  if (!form.handlingCode) errors['handlingCode'] = 'Select the handling code';
  if (form.handlingCode === HandlingCode.C && !form.handlingConditions.trim()) errors['handlingConditions'] = 'Enter the conditions for sharing';
  else if (form.handlingConditions.trim().length > CONDITIONS_MAX) errors['handlingConditions'] = `The conditions must be ${CONDITIONS_MAX.toLocaleString('en-GB')} characters or fewer`;
  if (!form.sanitisedText.trim()) errors['sanitisedText'] = 'Enter the sanitised text';
  else if (form.sanitisedText.trim().length > SANITISED_MAX) errors['sanitisedText'] = `The sanitised text must be ${SANITISED_MAX.toLocaleString('en-GB')} characters or fewer`;
  return errors;
}

export function toGradeInput(id: string, version: number, form: GradeForm): GradeIntelligenceInput {
  return {
    id,
    version,
    sourceEvaluation: form.sourceEvaluation as SourceEvaluation,
    intelligenceAssessment: form.intelligenceAssessment as IntelligenceAssessment,
    handlingCode: form.handlingCode as HandlingCode,
    // Conditions belong to a C code only; a P code shares without them.
    handlingConditions: form.handlingCode === HandlingCode.C ? form.handlingConditions.trim() : undefined,
    sanitisedText: form.sanitisedText.trim(),
  };
}
