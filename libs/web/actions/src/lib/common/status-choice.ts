import { ActionStatus, UNFINISHED_ACTION_STATUSES } from '@mace/shared-domain';
import { NARRATIVE_MAX, requiredText, type FieldErrors } from '@mace/web-children';

/** A new status with the note it needs: an outcome for "done", a reason for the other final statuses. */
export interface StatusChoice {
  status: ActionStatus | '';
  reason: string;
  outcomeNote: string;
}

export const NO_STATUS_CHOICE: StatusChoice = { status: '', reason: '', outcomeNote: '' };

const REASON_MISSING: Partial<Record<ActionStatus, string>> = {
  [ActionStatus.NOT_POSSIBLE]: 'Enter what changed so that the action is not possible',
  [ActionStatus.NOT_DONE]: 'Enter why the agency did not do the action',
  [ActionStatus.CANCELLED]: 'Enter why the action is cancelled',
};

export function needsReason(status: ActionStatus | ''): boolean {
  return status !== '' && status in REASON_MISSING;
}

export function isUnfinished(status: ActionStatus): boolean {
  return UNFINISHED_ACTION_STATUSES.includes(status);
}

/**
 * The statuses an unfinished action may move to, in the order people think of them. Only the chair
 * of the district may cancel; the current status is not offered again.
 */
export function nextStatuses(current: ActionStatus | undefined, canCancel: boolean): ActionStatus[] {
  return [ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.NOT_POSSIBLE, ActionStatus.NOT_DONE, ActionStatus.CANCELLED].filter(
    (status) => status !== current && (status !== ActionStatus.CANCELLED || canCancel),
  );
}

/** The same checks the API makes, so most mistakes are shown without a round trip. */
export function statusChoiceErrors(choice: StatusChoice, statusMissing?: string): FieldErrors {
  if (!choice.status) return { status: statusMissing };
  return {
    outcomeNote:
      choice.status === ActionStatus.DONE ? requiredText(choice.outcomeNote, 'Enter the outcome of the action', NARRATIVE_MAX, 'Outcome') : undefined,
    reason: needsReason(choice.status)
      ? requiredText(choice.reason, REASON_MISSING[choice.status] ?? 'Enter the reason', NARRATIVE_MAX, 'Reason')
      : undefined,
  };
}

/** The status fields of UpdateActionInput and UpdateActionsInput: only the note the status needs is sent. */
export function statusInput(choice: StatusChoice): { status?: ActionStatus; reason?: string; outcomeNote?: string } {
  if (!choice.status) return {};
  return {
    status: choice.status,
    ...(choice.status === ActionStatus.DONE ? { outcomeNote: choice.outcomeNote.trim() } : {}),
    ...(needsReason(choice.status) ? { reason: choice.reason.trim() } : {}),
  };
}

/** The id of the reason box under a status's radio (each reason status has its own). */
export function reasonFieldId(prefix: string, status: ActionStatus | ''): string {
  return `${prefix}reason-${status}`;
}

/** The API's per-field messages keyed by the form's field names ("input.reason" -> "reason"). */
export function fieldsOf(apiFields: Record<string, string>): FieldErrors {
  const byField: FieldErrors = {};
  for (const [key, message] of Object.entries(apiFields)) byField[key.replace(/^input\./, '')] = message;
  return byField;
}
