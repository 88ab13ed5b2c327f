import { ActionCategory, EXCLUSIVE_MEETING_DECISIONS, MEETING_DECISION_LABELS, MeetingDecision, RiskLevel } from '@mace/shared-domain';
import type { RecordItemOutcomeInput } from '@mace/web-data-access';
import {
  DESCRIPTION_MAX,
  futureDateError,
  isBlankDate,
  isoDateOf,
  NARRATIVE_MAX,
  NO_DATE,
  optionalText,
  requiredText,
  datePartsOf,
  type CalendarDateParts,
  type FieldErrors,
} from '../common/form-rules';

/** One new action being set on the item. `key` keeps React rows stable while rows are removed. */
export interface ActionRow {
  key: string;
  description: string;
  category: ActionCategory | '';
  ownerAgencyId: string;
  ownerUserId: string;
  due: CalendarDateParts;
}

export interface OutcomeForm {
  discussionSummary: string;
  agreedRiskLevel: RiskLevel | '';
  riskRationale: string;
  decisions: MeetingDecision[];
  decisionNotes: string;
  nextReview: CalendarDateParts;
  actions: ActionRow[];
}

/** What is already saved for the item (the note saved during discussion, or an earlier outcome). */
export interface SavedOutcome {
  discussionSummary?: string | null;
  agreedRiskLevel?: RiskLevel | null;
  riskRationale?: string | null;
  decisions: readonly MeetingDecision[];
  decisionNotes?: string | null;
  nextReviewOn?: string | null;
}

export function outcomeFormFrom(saved: SavedOutcome | null | undefined): OutcomeForm {
  return {
    discussionSummary: saved?.discussionSummary ?? '',
    agreedRiskLevel: saved?.agreedRiskLevel ?? '',
    riskRationale: saved?.riskRationale ?? '',
    decisions: [...(saved?.decisions ?? [])],
    decisionNotes: saved?.decisionNotes ?? '',
    nextReview: datePartsOf(saved?.nextReviewOn),
    actions: [],
  };
}

export function emptyActionRow(key: string): ActionRow {
  return { key, description: '', category: '', ownerAgencyId: '', ownerUserId: '', due: NO_DATE };
}

/** Ids of each action row's controls, so an error summary link lands on the right one. */
export function actionFieldId(index: number, field: keyof Omit<ActionRow, 'key' | 'due'> | 'dueOn'): string {
  return field === 'dueOn' ? `action-${index}-dueOn-day` : `action-${index}-${field}`;
}

/** Field name -> control id, in the order the fields appear (for the error summary). */
export function outcomeFieldOrder(form: OutcomeForm): [field: string, id: string][] {
  return [
    ['discussionSummary', 'discussionSummary'],
    ['agreedRiskLevel', 'agreedRiskLevel'],
    ['riskRationale', 'riskRationale'],
    ['decisions', 'decisions'],
    ['decisionNotes', 'decisionNotes'],
    ...form.actions.flatMap((_, index) =>
      (['description', 'category', 'ownerAgencyId', 'ownerUserId', 'dueOn'] as const).map(
        (field): [string, string] => [`actions.${index}.${field}`, actionFieldId(index, field)],
      ),
    ),
    ['nextReviewOn', 'nextReviewOn-day'],
  ];
}

/** The checks recordItemOutcome makes, so the chair sees mistakes before the round trip. */
export function outcomeErrors(form: OutcomeForm, today: string): FieldErrors {
  const errors: FieldErrors = {
    discussionSummary: requiredText(form.discussionSummary, 'Enter a summary of the discussion', NARRATIVE_MAX, 'Discussion summary'),
    agreedRiskLevel: form.agreedRiskLevel ? undefined : 'Select the risk level the meeting agreed',
    riskRationale: requiredText(form.riskRationale, 'Enter why the meeting agreed this risk level', NARRATIVE_MAX, 'Rationale'),
    decisions: decisionsError(form.decisions),
    decisionNotes: optionalText(form.decisionNotes, NARRATIVE_MAX, 'Decision notes'),
    nextReviewOn: futureDateError(form.nextReview, 'Next review date', today),
  };
  form.actions.forEach((row, index) => {
    const prefix = `actions.${index}`;
    errors[`${prefix}.description`] = requiredText(row.description, 'Enter what needs to be done', DESCRIPTION_MAX, 'Description');
    errors[`${prefix}.category`] = row.category ? undefined : 'Select a category';
    errors[`${prefix}.ownerAgencyId`] = row.ownerAgencyId ? undefined : 'Select the agency that owns the action';
    errors[`${prefix}.dueOn`] = futureDateError(row.due, 'Due date', today, 'Enter the due date');
  });
  return errors;
}

function decisionsError(decisions: readonly MeetingDecision[]): string | undefined {
  if (decisions.length === 0) return 'Select at least one decision';
  const exclusive = decisions.filter((decision) => EXCLUSIVE_MEETING_DECISIONS.includes(decision));
  if (exclusive.length > 1) {
    const names = EXCLUSIVE_MEETING_DECISIONS.map((decision) => lowerFirst(MEETING_DECISION_LABELS[decision]));
    return `Select only one of ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  }
  return undefined;
}

/** "Continue at MACE" -> "continue at MACE": mid-sentence, keeping acronyms. */
function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The mutation input for a form that passed `outcomeErrors`. `version` is the outcome's (0 when none yet). */
export function recordOutcomeInput(itemId: string, version: number, form: OutcomeForm): RecordItemOutcomeInput {
  const decisionNotes = form.decisionNotes.trim();
  return {
    itemId,
    version,
    discussionSummary: form.discussionSummary.trim(),
    agreedRiskLevel: form.agreedRiskLevel as RiskLevel,
    riskRationale: form.riskRationale.trim(),
    decisions: form.decisions,
    ...(decisionNotes ? { decisionNotes } : {}),
    // Left empty, the API sets it from the agreed level's review cadence.
    ...(isBlankDate(form.nextReview) ? {} : { nextReviewOn: isoDateOf(form.nextReview) as string }),
    actions: form.actions.map((row) => ({
      description: row.description.trim(),
      category: row.category as ActionCategory,
      ownerAgencyId: row.ownerAgencyId,
      ...(row.ownerUserId ? { ownerUserId: row.ownerUserId } : {}),
      dueOn: isoDateOf(row.due) as string,
    })),
  };
}
