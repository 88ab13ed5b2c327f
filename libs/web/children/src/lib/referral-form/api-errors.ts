import type { ErrorSummaryItem } from '@mace/web-ui';
import type { DraftField, ReferralDraft } from './referral-draft';
import { FIELD_LOCATIONS, STEP_PATHS, withChange } from './referral-steps';

/**
 * SubmitReferralInput field paths (as the API keys its BAD_USER_INPUT messages, with or without the
 * `input.` prefix, e.g. `input.newChild.dateOfBirth`, `input.answers.3.earlier`) to the draft field
 * asked on one of the form's pages.
 */
const API_FIELDS: Record<string, DraftField> = {
  'newChild.givenName': 'givenName',
  'newChild.familyName': 'familyName',
  'newChild.knownAs': 'knownAs',
  'newChild.dateOfBirth': 'dateOfBirth',
  'newChild.districtId': 'districtId',
  'newChild.gender': 'gender',
  'newChild.ethnicitySelfDefined': 'ethnicitySelfDefined',
  'newChild.ethnicityObserved': 'ethnicityObserved',
  'newChild.address': 'address',
  'newChild.postcode': 'postcode',
  'newChild.educationStatus': 'educationStatus',
  'newChild.schoolName': 'schoolName',
  'newChild.lookedAfterStatus': 'lookedAfterStatus',
  'newChild.socialWorkerName': 'socialWorkerName',
  'newChild.exploitationTypes': 'exploitationTypes',
  'newChild.offendingModels': 'offendingModels',
  'newChild.vulnerabilities': 'vulnerabilities',
  newChild: 'givenName',
  childId: 'givenName',
  concerns: 'concerns',
  screeningToolVersion: 'answers',
  answers: 'answers',
  referrerLevel: 'referrerLevel',
  overrideReason: 'overrideReason',
  dangerStatement: 'dangerStatement',
  safetyGoal: 'safetyGoal',
  childVoice: 'childVoice',
  strengths: 'strengths',
  childAware: 'childAware',
  familyAware: 'familyAware',
  lawfulBasis: 'lawfulBasis',
};

export function draftFieldOf(apiKey: string): DraftField | undefined {
  // Drop the argument name and list positions: `input.answers.3.earlier` -> `answers.earlier`.
  const path = apiKey.replace(/^input\./, '').split('.').filter((part) => !/^\d+$/.test(part));
  for (let length = path.length; length > 0; length -= 1) {
    const field = API_FIELDS[path.slice(0, length).join('.')];
    if (field) return field;
  }
  return undefined;
}

/** The API's field messages as draft-field errors; messages for unknown fields are returned apart. */
export function serverErrorsFrom(fields: Record<string, string>): { byField: ReferralDraft['serverErrors']; other: string[] } {
  const byField: ReferralDraft['serverErrors'] = {};
  const other: string[] = [];
  for (const [key, message] of Object.entries(fields)) {
    const field = draftFieldOf(key);
    if (field && !byField[field]) byField[field] = message;
    else if (!field) other.push(message);
  }
  return { byField, other };
}

/** Error summary entries linking to the page, and the field on it, each message is about. */
export function serverErrorSummary(errors: ReferralDraft['serverErrors']): ErrorSummaryItem[] {
  return (Object.entries(errors) as [DraftField, string][]).map(([field, text]) => {
    if (field === 'answers' || field === 'toolVersion' || field === 'suggestedLevel') {
      return { text, to: withChange(STEP_PATHS.screening(1)) };
    }
    const location = FIELD_LOCATIONS[field];
    return { text, to: withChange(location.path, location.id) };
  });
}
