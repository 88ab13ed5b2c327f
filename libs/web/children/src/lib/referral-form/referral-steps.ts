import type { DraftField, ReferralDraft } from './referral-draft';

export const REFERRAL_BASE = '/referrals/new';

/** The form's pages, in order. Screening has one page per section, numbered from 1. */
export const STEP_PATHS = {
  child: `${REFERRAL_BASE}/child`,
  possibleMatches: `${REFERRAL_BASE}/possible-matches`,
  childDetails: `${REFERRAL_BASE}/child-details`,
  concerns: `${REFERRAL_BASE}/concerns`,
  screening: (section: number) => `${REFERRAL_BASE}/screening/${section}`,
  riskLevel: `${REFERRAL_BASE}/risk-level`,
  safety: `${REFERRAL_BASE}/safety`,
  sharing: `${REFERRAL_BASE}/sharing`,
  checkAnswers: `${REFERRAL_BASE}/check-answers`,
  confirmation: `${REFERRAL_BASE}/confirmation`,
} as const;

/** A page opened from "Change" on the check answers page returns there when saved. */
export const CHANGE_PARAM = 'change';

export function withChange(path: string, fieldId?: string): string {
  return `${path}?${CHANGE_PARAM}=1${fieldId ? `#${fieldId}` : ''}`;
}

/** Where each draft field is asked, and the id of the control an error link should focus. */
export const FIELD_LOCATIONS: Record<Exclude<DraftField, 'answers' | 'toolVersion' | 'suggestedLevel'>, { path: string; id: string }> = {
  givenName: { path: STEP_PATHS.child, id: 'givenName' },
  familyName: { path: STEP_PATHS.child, id: 'familyName' },
  knownAs: { path: STEP_PATHS.child, id: 'knownAs' },
  dateOfBirth: { path: STEP_PATHS.child, id: 'dateOfBirth-day' },
  districtId: { path: STEP_PATHS.child, id: 'districtId' },
  gender: { path: STEP_PATHS.childDetails, id: 'gender' },
  ethnicitySelfDefined: { path: STEP_PATHS.childDetails, id: 'ethnicitySelfDefined' },
  ethnicityObserved: { path: STEP_PATHS.childDetails, id: 'ethnicityObserved' },
  address: { path: STEP_PATHS.childDetails, id: 'address' },
  postcode: { path: STEP_PATHS.childDetails, id: 'postcode' },
  educationStatus: { path: STEP_PATHS.childDetails, id: 'educationStatus' },
  schoolName: { path: STEP_PATHS.childDetails, id: 'schoolName' },
  lookedAfterStatus: { path: STEP_PATHS.childDetails, id: 'lookedAfterStatus' },
  socialWorkerName: { path: STEP_PATHS.childDetails, id: 'socialWorkerName' },
  exploitationTypes: { path: STEP_PATHS.childDetails, id: 'exploitationTypes' },
  offendingModels: { path: STEP_PATHS.childDetails, id: 'offendingModels' },
  vulnerabilities: { path: STEP_PATHS.childDetails, id: 'vulnerabilities' },
  concerns: { path: STEP_PATHS.concerns, id: 'concerns' },
  referrerLevel: { path: STEP_PATHS.riskLevel, id: 'referrerLevel' },
  overrideReason: { path: STEP_PATHS.riskLevel, id: 'overrideReason' },
  dangerStatement: { path: STEP_PATHS.safety, id: 'dangerStatement' },
  safetyGoal: { path: STEP_PATHS.safety, id: 'safetyGoal' },
  childVoice: { path: STEP_PATHS.safety, id: 'childVoice' },
  strengths: { path: STEP_PATHS.safety, id: 'strengths' },
  childAware: { path: STEP_PATHS.sharing, id: 'childAware' },
  familyAware: { path: STEP_PATHS.sharing, id: 'familyAware' },
  lawfulBasis: { path: STEP_PATHS.sharing, id: 'lawfulBasis' },
};

/** The page after the child's details, which are skipped for a child chosen from the matches. */
export function afterChild(draft: ReferralDraft): string {
  return draft.existingChild ? STEP_PATHS.concerns : STEP_PATHS.childDetails;
}
