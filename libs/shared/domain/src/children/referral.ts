/** Referral, screening and triage codes. */

export enum ScreeningAnswer {
  YES = 'YES',
  NO = 'NO',
  NOT_KNOWN = 'NOT_KNOWN',
}

export const SCREENING_ANSWER_LABELS: Record<ScreeningAnswer, string> = {
  [ScreeningAnswer.YES]: 'Yes',
  [ScreeningAnswer.NO]: 'No',
  [ScreeningAnswer.NOT_KNOWN]: 'Not known',
};

/** Where a referral stands; the last four are the triage outcomes. */
export enum ReferralStatus {
  AWAITING_TRIAGE = 'AWAITING_TRIAGE',
  ACCEPTED = 'ACCEPTED',
  SIGNPOSTED = 'SIGNPOSTED',
  NO_FURTHER_ACTION = 'NO_FURTHER_ACTION',
  STRATEGY_MEETING = 'STRATEGY_MEETING',
}

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  [ReferralStatus.AWAITING_TRIAGE]: 'Awaiting triage',
  [ReferralStatus.ACCEPTED]: 'Accepted to MACE',
  [ReferralStatus.SIGNPOSTED]: 'Signposted',
  [ReferralStatus.NO_FURTHER_ACTION]: 'Closed: no further action',
  [ReferralStatus.STRATEGY_MEETING]: 'Sent to a strategy meeting / children’s social care',
};

/** The decision a triage can record: every status but the waiting one. */
export enum TriageDecision {
  ACCEPTED = 'ACCEPTED',
  SIGNPOSTED = 'SIGNPOSTED',
  NO_FURTHER_ACTION = 'NO_FURTHER_ACTION',
  STRATEGY_MEETING = 'STRATEGY_MEETING',
}

/** The lawful basis the referrer relies on to share (DPA 2018; Working Together to Safeguard Children). */
export enum LawfulBasis {
  CONSENT = 'CONSENT',
  SAFEGUARDING_CHILDREN = 'SAFEGUARDING_CHILDREN',
  PREVENTION_OF_CRIME = 'PREVENTION_OF_CRIME',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
}

export const LAWFUL_BASIS_LABELS: Record<LawfulBasis, string> = {
  [LawfulBasis.CONSENT]: 'The child and family consent to sharing',
  [LawfulBasis.SAFEGUARDING_CHILDREN]: 'Without consent: safeguarding of children at risk (DPA 2018 Schedule 8, paragraph 4)',
  [LawfulBasis.PREVENTION_OF_CRIME]: 'Without consent: prevention or detection of crime (DPA 2018 Schedule 2, paragraph 2)',
  [LawfulBasis.LEGAL_OBLIGATION]: 'Without consent: a legal obligation or court order',
};

/** Whether the child, and the family, know about the referral. */
export enum Awareness {
  YES = 'YES',
  NO = 'NO',
  NOT_KNOWN = 'NOT_KNOWN',
}
