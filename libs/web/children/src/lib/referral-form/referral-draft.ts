import {
  EducationStatus,
  Ethnicity,
  LookedAfterStatus,
  type Awareness,
  type ExploitationType,
  type Gender,
  type LawfulBasis,
  type OffendingModel,
  type RiskLevel,
  type ScreeningAnswer,
  type Vulnerability,
} from '@mace/shared-domain';
import { DRAFT_KEY_PREFIX } from '@mace/web-data-access';
import type { DateParts } from '@mace/web-ui';

export interface ScreeningDraftAnswer {
  lastSixMonths?: ScreeningAnswer;
  earlier?: ScreeningAnswer;
}

/** A child the referrer chose from the possible matches, instead of describing a new one. */
export interface ChosenChild {
  id: string;
  fullName: string;
  dateOfBirth: string;
  districtName: string;
}

/** Everything typed into the referral form so far, as typed; turned into the API input only on submit. */
export interface ReferralDraft {
  givenName: string;
  familyName: string;
  /** Other names, separated by commas. */
  knownAs: string;
  dateOfBirth: DateParts;
  districtId: string;
  existingChild: ChosenChild | null;
  /** The referrer saw possible matches for these names and said the child is a different one. */
  differentChildConfirmed: boolean;

  gender: Gender | '';
  ethnicitySelfDefined: Ethnicity;
  ethnicityObserved: Ethnicity;
  address: string;
  postcode: string;
  educationStatus: EducationStatus;
  schoolName: string;
  lookedAfterStatus: LookedAfterStatus;
  socialWorkerName: string;
  exploitationTypes: ExploitationType[];
  offendingModels: OffendingModel[];
  vulnerabilities: Vulnerability[];

  concerns: string;

  toolVersion: number | null;
  answers: Record<string, ScreeningDraftAnswer>;

  /** The level the tool suggested when the referrer last saw it. */
  suggestedLevel: RiskLevel | null;
  referrerLevel: RiskLevel | '';
  overrideReason: string;

  dangerStatement: string;
  safetyGoal: string;
  childVoice: string;
  strengths: string;

  childAware: Awareness | '';
  familyAware: Awareness | '';
  lawfulBasis: LawfulBasis | '';

  /** Messages the API sent back on submit, by draft field, shown on that field's page until it is saved. */
  serverErrors: Partial<Record<DraftField, string>>;
}

export type DraftField = Exclude<keyof ReferralDraft, 'serverErrors' | 'existingChild' | 'differentChildConfirmed'>;

export function emptyDraft(): ReferralDraft {
  return {
    givenName: '',
    familyName: '',
    knownAs: '',
    dateOfBirth: { day: '', month: '', year: '' },
    districtId: '',
    existingChild: null,
    differentChildConfirmed: false,
    gender: '',
    ethnicitySelfDefined: Ethnicity.NOT_YET_RECORDED,
    ethnicityObserved: Ethnicity.NOT_YET_RECORDED,
    address: '',
    postcode: '',
    educationStatus: EducationStatus.NOT_KNOWN,
    schoolName: '',
    lookedAfterStatus: LookedAfterStatus.NOT_KNOWN,
    socialWorkerName: '',
    exploitationTypes: [],
    offendingModels: [],
    vulnerabilities: [],
    concerns: '',
    toolVersion: null,
    answers: {},
    suggestedLevel: null,
    referrerLevel: '',
    overrideReason: '',
    dangerStatement: '',
    safetyGoal: '',
    childVoice: '',
    strengths: '',
    childAware: '',
    familyAware: '',
    lawfulBasis: '',
    serverErrors: {},
  };
}

const STORAGE_KEY = `${DRAFT_KEY_PREFIX}referral`;

export function loadDraft(): ReferralDraft {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    // Merged over an empty draft so a draft saved by an older version of the form still loads.
    return stored ? { ...emptyDraft(), ...(JSON.parse(stored) as Partial<ReferralDraft>) } : emptyDraft();
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(draft: ReferralDraft): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, it just does not survive a reload.
  }
}

export function clearDraft(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // As above.
  }
}

/** Names from the "known as" box, one per comma, without blanks or repeats. */
export function knownAsList(knownAs: string): string[] {
  return [...new Set(knownAs.split(',').map((name) => name.trim()).filter(Boolean))];
}

/** yyyy-mm-dd from the three date parts, or null when they do not make a real date. */
export function isoDate({ day, month, year }: DateParts): string | null {
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return null;
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function withoutServerErrors(draft: ReferralDraft, fields: readonly DraftField[]): ReferralDraft['serverErrors'] {
  const next = { ...draft.serverErrors };
  for (const field of fields) delete next[field];
  return next;
}
