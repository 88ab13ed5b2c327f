import { ActionStatus } from '@mace/shared-domain';
import type { ReviewActionInput } from '@mace/web-data-access';
import { NARRATIVE_MAX, requiredText, type FieldErrors } from '../common/form-rules';

/** The statuses a reviewed action can have now, in the order people think of them. */
export const REVIEW_STATUSES: readonly ActionStatus[] = [
  ActionStatus.OPEN,
  ActionStatus.IN_PROGRESS,
  ActionStatus.DONE,
  ActionStatus.NOT_POSSIBLE,
  ActionStatus.NOT_DONE,
  ActionStatus.CANCELLED,
];

/** The note a status needs, with its label and the message when it is missing; none for open and in progress. */
export const REVIEW_NOTES: Partial<Record<ActionStatus, { label: string; hint: string; missing: string }>> = {
  [ActionStatus.DONE]: { label: 'Outcome', hint: 'What was done and what difference it made', missing: 'Enter the outcome of the action' },
  [ActionStatus.NOT_POSSIBLE]: {
    label: 'What changed?',
    hint: 'Why the action is no longer possible, for example the child moved out of the area',
    missing: 'Enter what changed so that the action is not possible',
  },
  [ActionStatus.NOT_DONE]: { label: 'Why was it not done?', hint: 'The agency could have done it but did not', missing: 'Enter why the agency did not do the action' },
  [ActionStatus.CANCELLED]: { label: 'Why is it cancelled?', hint: 'The owner agency is told', missing: 'Enter why the action is cancelled' },
};

export interface ReviewChoice {
  status: ActionStatus | '';
  note: string;
}

export function reviewErrors(choice: ReviewChoice): FieldErrors {
  if (!choice.status) return { status: 'Select the action’s status now' };
  const note = REVIEW_NOTES[choice.status];
  return { note: note ? requiredText(choice.note, note.missing, NARRATIVE_MAX, note.label) : undefined };
}

/** Only the note the status needs is sent. */
export function reviewActionInput(meetingId: string, actionId: string, version: number, choice: ReviewChoice): ReviewActionInput {
  const status = choice.status as ActionStatus;
  return { meetingId, actionId, version, status, ...(REVIEW_NOTES[status] ? { note: choice.note.trim() } : {}) };
}

/** "3 still to review", "1 still to review" or "All reviewed". */
export function stillToReview(count: number): string {
  return count === 0 ? 'All reviewed' : `${count} still to review`;
}
