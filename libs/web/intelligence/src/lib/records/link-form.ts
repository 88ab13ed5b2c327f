import { EntityKind, LinkRelation, type LinkConfidence } from '@mace/shared-domain';
import type { CreateLinkInput, EntityRefFieldsFragment } from '@mace/web-data-access';
import type { DateParts } from '@mace/web-ui';
import { calendarDate } from '../submit/submit-form';

export const NOTE_MAX = 1000;

export interface LinkForm {
  from: EntityRefFieldsFragment | undefined;
  to: EntityRefFieldsFragment | undefined;
  relation: LinkRelation | '';
  confidence: LinkConfidence | '';
  validFrom: DateParts;
  validTo: DateParts;
  note: string;
}

const NO_DATE: DateParts = { day: '', month: '', year: '' };

export const emptyLinkForm = (from?: EntityRefFieldsFragment): LinkForm => ({
  from,
  to: undefined,
  relation: '',
  confidence: '',
  validFrom: NO_DATE,
  validTo: NO_DATE,
  note: '',
});

/** Which kinds each relation joins (from → to); a relation offered for other kinds would read oddly. */
const FITS: Record<LinkRelation, [from: EntityKind[], to: EntityKind[]]> = {
  [LinkRelation.ASSOCIATE_OF]: [[EntityKind.CHILD, EntityKind.PERSON], [EntityKind.CHILD, EntityKind.PERSON]],
  [LinkRelation.SUSPECTED_EXPLOITER_OF]: [[EntityKind.PERSON, EntityKind.NETWORK], [EntityKind.CHILD]],
  [LinkRelation.FREQUENTS]: [[EntityKind.CHILD, EntityKind.PERSON, EntityKind.VEHICLE, EntityKind.NETWORK], [EntityKind.LOCATION]],
  [LinkRelation.FOUND_AT]: [[EntityKind.CHILD, EntityKind.PERSON, EntityKind.VEHICLE], [EntityKind.LOCATION]],
  [LinkRelation.USES_VEHICLE]: [[EntityKind.CHILD, EntityKind.PERSON, EntityKind.NETWORK], [EntityKind.VEHICLE]],
  [LinkRelation.USES_ACCOUNT]: [[EntityKind.CHILD, EntityKind.PERSON, EntityKind.NETWORK], [EntityKind.IDENTIFIER]],
  [LinkRelation.MEMBER_OF]: [[EntityKind.CHILD, EntityKind.PERSON], [EntityKind.NETWORK]],
};

/** The relations that read well between two kinds; every relation when none does. */
export function relationsFor(from: EntityKind | undefined, to: EntityKind | undefined): LinkRelation[] {
  const all = Object.values(LinkRelation);
  if (!from || !to) return all;
  const fitting = all.filter((relation) => FITS[relation][0].includes(from) && FITS[relation][1].includes(to));
  return fitting.length > 0 ? fitting : all;
}

const hasAny = (parts: DateParts) => [parts.day, parts.month, parts.year].some((p) => p.trim());

export function linkFormErrors(form: LinkForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.from) errors['from'] = 'Choose the first record';
  if (!form.to) errors['to'] = 'Choose the record to link to';
  if (form.from && form.to && form.from.kind === form.to.kind && form.from.id === form.to.id) errors['to'] = 'A record cannot be linked to itself';
  if (!form.relation) errors['relation'] = 'Select how they are linked';
  if (!form.confidence) errors['confidence'] = 'Select how confident you are';
  const from = calendarDate(form.validFrom);
  const to = calendarDate(form.validTo);
  if (hasAny(form.validFrom) && !from) errors['validFrom'] = 'The date the link began must be a real date';
  if (hasAny(form.validTo) && !to) errors['validTo'] = 'The date the link ended must be a real date';
  if (from && to && to < from) errors['validTo'] = 'The date the link ended must be the same as or after the date it began';
  if (form.note.trim().length > NOTE_MAX) errors['note'] = `The note must be ${NOTE_MAX.toLocaleString('en-GB')} characters or fewer`;
  return errors;
}

export function toCreateLinkInput(form: LinkForm, intelligenceId?: string): CreateLinkInput {
  if (!form.from || !form.to) throw new Error('toCreateLinkInput before both ends were chosen');
  return {
    from: { kind: form.from.kind, id: form.from.id },
    to: { kind: form.to.kind, id: form.to.id },
    relation: form.relation as LinkRelation,
    confidence: form.confidence as LinkConfidence,
    validFrom: calendarDate(form.validFrom) ?? undefined,
    validTo: calendarDate(form.validTo) ?? undefined,
    intelligenceId,
    note: form.note.trim() || undefined,
  };
}
