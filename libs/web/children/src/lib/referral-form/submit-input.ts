import type { Gender, LawfulBasis, RiskLevel, ScreeningAnswer, Awareness } from '@mace/shared-domain';
import type { SubmitReferralInput } from '@mace/web-data-access';
import { isoDate, knownAsList, type ReferralDraft } from './referral-draft';

/** The draft as the API's SubmitReferralInput: an existing child by id, or the new child's details. */
export function toSubmitInput(draft: ReferralDraft): SubmitReferralInput {
  const optional = (value: string) => value.trim() || null;
  return {
    ...(draft.existingChild
      ? { childId: draft.existingChild.id }
      : {
          newChild: {
            districtId: draft.districtId,
            givenName: draft.givenName.trim(),
            familyName: draft.familyName.trim(),
            knownAs: knownAsList(draft.knownAs),
            dateOfBirth: isoDate(draft.dateOfBirth) ?? '',
            gender: draft.gender as Gender,
            ethnicitySelfDefined: draft.ethnicitySelfDefined,
            ethnicityObserved: draft.ethnicityObserved,
            address: optional(draft.address),
            postcode: optional(draft.postcode),
            educationStatus: draft.educationStatus,
            schoolName: optional(draft.schoolName),
            lookedAfterStatus: draft.lookedAfterStatus,
            socialWorkerName: optional(draft.socialWorkerName),
            exploitationTypes: draft.exploitationTypes,
            offendingModels: draft.offendingModels,
            vulnerabilities: draft.vulnerabilities,
          },
        }),
    concerns: draft.concerns,
    screeningToolVersion: draft.toolVersion ?? 0,
    answers: Object.entries(draft.answers).map(([questionKey, answer]) => ({
      questionKey,
      lastSixMonths: answer.lastSixMonths as ScreeningAnswer,
      earlier: answer.earlier as ScreeningAnswer,
    })),
    referrerLevel: draft.referrerLevel as RiskLevel,
    overrideReason: draft.overrideReason.trim() || null,
    dangerStatement: draft.dangerStatement,
    safetyGoal: draft.safetyGoal,
    childVoice: draft.childVoice,
    strengths: draft.strengths,
    childAware: draft.childAware as Awareness,
    familyAware: draft.familyAware as Awareness,
    lawfulBasis: draft.lawfulBasis as LawfulBasis,
  };
}

/** The first page a draft has not yet completed, so check answers never submits a half-made referral. */
export function firstIncompletePage(draft: ReferralDraft, paths: {
  child: string;
  childDetails: string;
  concerns: string;
  screening: string;
  riskLevel: string;
  safety: string;
  sharing: string;
}): string | null {
  if (!draft.givenName || !draft.familyName || !isoDate(draft.dateOfBirth) || !draft.districtId) return paths.child;
  if (!draft.existingChild && !draft.gender) return paths.childDetails;
  if (!draft.concerns) return paths.concerns;
  if (draft.toolVersion === null) return paths.screening;
  if (!draft.referrerLevel) return paths.riskLevel;
  if (!draft.dangerStatement || !draft.safetyGoal || !draft.childVoice || !draft.strengths) return paths.safety;
  if (!draft.childAware || !draft.familyAware || !draft.lawfulBasis) return paths.sharing;
  return null;
}
