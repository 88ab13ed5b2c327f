/** The child record's coded values, with the labels users read. Stored as these codes. */

export enum RiskLevel {
  NONE = 'NONE',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  [RiskLevel.NONE]: 'No risk identified',
  [RiskLevel.LOW]: 'Low',
  [RiskLevel.MEDIUM]: 'Medium',
  [RiskLevel.HIGH]: 'High',
};

/** Order used when comparing levels ("went up", sorting by risk). */
export const RISK_LEVEL_RANK: Record<RiskLevel, number> = {
  [RiskLevel.NONE]: 0,
  [RiskLevel.LOW]: 1,
  [RiskLevel.MEDIUM]: 2,
  [RiskLevel.HIGH]: 3,
};

/** Where a risk level came from. */
export enum RiskSource {
  SCREENING = 'SCREENING',
  TRIAGE = 'TRIAGE',
  MEETING = 'MEETING',
  AGENCY = 'AGENCY',
}

export const RISK_SOURCE_LABELS: Record<RiskSource, string> = {
  [RiskSource.SCREENING]: 'Screening tool',
  [RiskSource.TRIAGE]: 'Daily triage',
  [RiskSource.MEETING]: 'MACE meeting',
  [RiskSource.AGENCY]: 'Agency review',
};

export enum ChildStatus {
  REFERRED = 'REFERRED',
  OPEN = 'OPEN',
  STEPPED_DOWN = 'STEPPED_DOWN',
  CLOSED = 'CLOSED',
}

export const CHILD_STATUS_LABELS: Record<ChildStatus, string> = {
  [ChildStatus.REFERRED]: 'Referred',
  [ChildStatus.OPEN]: 'Open to MACE',
  [ChildStatus.STEPPED_DOWN]: 'Stepped down',
  [ChildStatus.CLOSED]: 'Closed',
};

export enum ExploitationType {
  SEXUAL = 'SEXUAL',
  CRIMINAL = 'CRIMINAL',
  ONLINE = 'ONLINE',
  TRAFFICKING = 'TRAFFICKING',
}

export const EXPLOITATION_TYPE_LABELS: Record<ExploitationType, string> = {
  [ExploitationType.SEXUAL]: 'Child sexual exploitation',
  [ExploitationType.CRIMINAL]: 'Child criminal exploitation / county lines',
  [ExploitationType.ONLINE]: 'Online exploitation',
  [ExploitationType.TRAFFICKING]: 'Trafficking',
};

export enum OffendingModel {
  ORGANISED_NETWORK = 'ORGANISED_NETWORK',
  GANG_ASSOCIATED = 'GANG_ASSOCIATED',
  PEER_ON_PEER = 'PEER_ON_PEER',
  OLDER_BOYFRIEND_GIRLFRIEND = 'OLDER_BOYFRIEND_GIRLFRIEND',
  ONLINE_GROOMING = 'ONLINE_GROOMING',
  INAPPROPRIATE_RELATIONSHIP = 'INAPPROPRIATE_RELATIONSHIP',
}

export const OFFENDING_MODEL_LABELS: Record<OffendingModel, string> = {
  [OffendingModel.ORGANISED_NETWORK]: 'Organised / network',
  [OffendingModel.GANG_ASSOCIATED]: 'Gang associated',
  [OffendingModel.PEER_ON_PEER]: 'Peer on peer',
  [OffendingModel.OLDER_BOYFRIEND_GIRLFRIEND]: 'Older “boyfriend” or “girlfriend”',
  [OffendingModel.ONLINE_GROOMING]: 'Online grooming',
  [OffendingModel.INAPPROPRIATE_RELATIONSHIP]: 'Inappropriate relationship',
};

export enum Vulnerability {
  MISSING_EPISODES = 'MISSING_EPISODES',
  NOT_IN_EDUCATION = 'NOT_IN_EDUCATION',
  SUBSTANCE_MISUSE = 'SUBSTANCE_MISUSE',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  SPECIAL_EDUCATIONAL_NEEDS = 'SPECIAL_EDUCATIONAL_NEEDS',
  DOMESTIC_ABUSE_AT_HOME = 'DOMESTIC_ABUSE_AT_HOME',
  PREVIOUS_ABUSE = 'PREVIOUS_ABUSE',
  SELF_HARM = 'SELF_HARM',
  UNACCOMPANIED_ASYLUM_SEEKING = 'UNACCOMPANIED_ASYLUM_SEEKING',
  YOUNG_CARER = 'YOUNG_CARER',
}

export const VULNERABILITY_LABELS: Record<Vulnerability, string> = {
  [Vulnerability.MISSING_EPISODES]: 'Goes missing',
  [Vulnerability.NOT_IN_EDUCATION]: 'Not in education, employment or training',
  [Vulnerability.SUBSTANCE_MISUSE]: 'Drug or alcohol misuse',
  [Vulnerability.MENTAL_HEALTH]: 'Mental health needs',
  [Vulnerability.SPECIAL_EDUCATIONAL_NEEDS]: 'Special educational needs or disability',
  [Vulnerability.DOMESTIC_ABUSE_AT_HOME]: 'Domestic abuse at home',
  [Vulnerability.PREVIOUS_ABUSE]: 'Previous abuse or neglect',
  [Vulnerability.SELF_HARM]: 'Self-harm',
  [Vulnerability.UNACCOMPANIED_ASYLUM_SEEKING]: 'Unaccompanied asylum-seeking child',
  [Vulnerability.YOUNG_CARER]: 'Young carer',
};

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  NON_BINARY = 'NON_BINARY',
  DESCRIBED_OTHERWISE = 'DESCRIBED_OTHERWISE',
  NOT_KNOWN = 'NOT_KNOWN',
}

export const GENDER_LABELS: Record<Gender, string> = {
  [Gender.FEMALE]: 'Female',
  [Gender.MALE]: 'Male',
  [Gender.NON_BINARY]: 'Non-binary',
  [Gender.DESCRIBED_OTHERWISE]: 'Described in another way',
  [Gender.NOT_KNOWN]: 'Not known',
};

export enum EducationStatus {
  IN_SCHOOL = 'IN_SCHOOL',
  IN_COLLEGE = 'IN_COLLEGE',
  ALTERNATIVE_PROVISION = 'ALTERNATIVE_PROVISION',
  ELECTIVE_HOME_EDUCATION = 'ELECTIVE_HOME_EDUCATION',
  EXCLUDED = 'EXCLUDED',
  EMPLOYMENT_OR_TRAINING = 'EMPLOYMENT_OR_TRAINING',
  NOT_IN_EDUCATION = 'NOT_IN_EDUCATION',
  NOT_KNOWN = 'NOT_KNOWN',
}

export const EDUCATION_STATUS_LABELS: Record<EducationStatus, string> = {
  [EducationStatus.IN_SCHOOL]: 'In school',
  [EducationStatus.IN_COLLEGE]: 'In college',
  [EducationStatus.ALTERNATIVE_PROVISION]: 'Alternative provision',
  [EducationStatus.ELECTIVE_HOME_EDUCATION]: 'Elective home education',
  [EducationStatus.EXCLUDED]: 'Excluded',
  [EducationStatus.EMPLOYMENT_OR_TRAINING]: 'Employment or training',
  [EducationStatus.NOT_IN_EDUCATION]: 'Not in education, employment or training',
  [EducationStatus.NOT_KNOWN]: 'Not known',
};

export enum LookedAfterStatus {
  NOT_LOOKED_AFTER = 'NOT_LOOKED_AFTER',
  LOOKED_AFTER = 'LOOKED_AFTER',
  CARE_LEAVER = 'CARE_LEAVER',
  NOT_KNOWN = 'NOT_KNOWN',
}

export const LOOKED_AFTER_STATUS_LABELS: Record<LookedAfterStatus, string> = {
  [LookedAfterStatus.NOT_LOOKED_AFTER]: 'Not looked after',
  [LookedAfterStatus.LOOKED_AFTER]: 'Looked after',
  [LookedAfterStatus.CARE_LEAVER]: 'Care leaver',
  [LookedAfterStatus.NOT_KNOWN]: 'Not known',
};
