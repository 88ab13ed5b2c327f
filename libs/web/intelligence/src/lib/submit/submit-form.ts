import { INTELLIGENCE_PROVENANCE_LABELS, IntelligenceProvenance } from '@mace/shared-domain';
import type { SubmitIntelligenceInput } from '@mace/web-data-access';
import type { DateParts } from '@mace/web-ui';

/** Limits as the database checks them (migration 0006). */
export const WHAT_MAX = 10000;
export const TIME_MAX = 40;
export const PLACE_MAX = 500;
export const WHO_MAX = 2000;
export const DETAIL_MAX = 2000;

export interface ChosenChild {
  id: string;
  fullName: string;
}

export interface SubmitForm {
  districtId: string;
  what: string;
  occurredOn: DateParts;
  occurredTime: string;
  place: string;
  who: string;
  provenance: IntelligenceProvenance | '';
  provenanceDetail: string;
  children: ChosenChild[];
}

export const emptySubmitForm = (districtId: string): SubmitForm => ({
  districtId,
  what: '',
  occurredOn: { day: '', month: '', year: '' },
  occurredTime: '',
  place: '',
  who: '',
  provenance: '',
  provenanceDetail: '',
  children: [],
});

/** yyyy-mm-dd of complete, real date parts; null otherwise. */
export function calendarDate({ day, month, year }: DateParts): string | null {
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const tooLong = (value: string, max: number, what: string) =>
  value.trim().length > max ? `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` : undefined;

/** The form's rules, as GOV.UK error messages keyed by field. `today` is London's yyyy-mm-dd. */
export function submitFormErrors(form: SubmitForm, today: string): Record<string, string> {
  const errors: Record<string, string | undefined> = {};
  errors['districtId'] = form.districtId ? undefined : 'Select the district it happened in';
  errors['what'] = form.what.trim() ? tooLong(form.what, WHAT_MAX, 'What happened') : 'Enter what happened';
  const parts = [form.occurredOn.day, form.occurredOn.month, form.occurredOn.year].map((p) => p.trim());
  if (parts.some(Boolean)) {
    const date = calendarDate(form.occurredOn);
    if (!date) errors['occurredOn'] = 'The date it happened must be a real date, like 27 3 2026';
    else if (date > today) errors['occurredOn'] = 'The date it happened must be today or in the past';
  }
  errors['occurredTime'] = tooLong(form.occurredTime, TIME_MAX, 'The time');
  errors['place'] = tooLong(form.place, PLACE_MAX, 'Where it happened');
  errors['who'] = tooLong(form.who, WHO_MAX, 'Who was involved');
  errors['provenance'] = form.provenance ? undefined : 'Select how you know';
  errors['provenanceDetail'] = tooLong(form.provenanceDetail, DETAIL_MAX, 'How you know');
  return Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

export function toSubmitInput(form: SubmitForm): SubmitIntelligenceInput {
  return {
    districtId: form.districtId,
    what: form.what.trim(),
    occurredOn: calendarDate(form.occurredOn) ?? undefined,
    occurredTime: optional(form.occurredTime),
    place: optional(form.place),
    who: optional(form.who),
    provenance: form.provenance as IntelligenceProvenance,
    provenanceDetail: optional(form.provenanceDetail),
    childIds: form.children.map((child) => child.id),
  };
}

export const provenanceOptions = () =>
  (Object.keys(INTELLIGENCE_PROVENANCE_LABELS) as IntelligenceProvenance[]).map((value) => ({ value, label: INTELLIGENCE_PROVENANCE_LABELS[value] }));

/** Adds a child once, keeping the order they were chosen in. */
export function withChild(children: readonly ChosenChild[], child: ChosenChild): ChosenChild[] {
  return children.some((c) => c.id === child.id) ? [...children] : [...children, child];
}
