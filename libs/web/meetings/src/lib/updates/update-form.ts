import type { SaveAgendaItemUpdateInput } from '@mace/web-data-access';
import { UPDATE_TEXT_MAX } from '../common/form-rules';

/** The four parts of a pre-meeting update, in the order the form asks them. */
export const UPDATE_PARTS = ['contactSinceLast', 'concerns', 'childVoice', 'actionProgress'] as const;
export type UpdatePart = (typeof UPDATE_PARTS)[number];
export type UpdateForm = Record<UpdatePart, string>;

export const UPDATE_PART_LABELS: Record<UpdatePart, { label: string; hint: string }> = {
  contactSinceLast: { label: 'Contact since the last meeting', hint: 'When your agency saw or spoke to the child or family, and how' },
  concerns: { label: 'Concerns', hint: 'What worries your agency now, and anything new since the last meeting' },
  childVoice: { label: 'The child’s voice', hint: 'What the child has said about their situation, in their words where you can' },
  actionProgress: { label: 'Progress on your agency’s actions', hint: 'What has been done on the actions your agency owns, and what has not and why' },
};

type Saved = Partial<Record<UpdatePart, string | null>>;

export function formFrom(saved: Saved | undefined): UpdateForm {
  return Object.fromEntries(UPDATE_PARTS.map((part) => [part, saved?.[part] ?? ''])) as UpdateForm;
}

export function updateFormErrors(form: UpdateForm): Record<string, string | undefined> {
  const errors: Record<string, string | undefined> = {};
  for (const part of UPDATE_PARTS) {
    if (form[part].trim().length > UPDATE_TEXT_MAX) {
      errors[part] = `${UPDATE_PART_LABELS[part].label} must be ${UPDATE_TEXT_MAX.toLocaleString('en-GB')} characters or fewer`;
    }
  }
  if (UPDATE_PARTS.every((part) => !form[part].trim())) errors['form'] = 'Enter at least one part of the update';
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message));
}

/**
 * The form as saved: every part sent, an emptied one as null, so the saved update reads as the form
 * does. The version of the agency's saved update goes with it; none for the first save.
 */
export function toSaveInput(itemId: string, version: number | undefined, form: UpdateForm): SaveAgendaItemUpdateInput {
  const parts = Object.fromEntries(UPDATE_PARTS.map((part) => [part, form[part].trim() || null]));
  return { itemId, ...(version === undefined ? {} : { version }), ...parts };
}
