/** Intelligence and link codes with the labels users read. */

/** The kinds of record the link graph joins. */
export enum EntityKind {
  CHILD = 'CHILD',
  PERSON = 'PERSON',
  LOCATION = 'LOCATION',
  VEHICLE = 'VEHICLE',
  IDENTIFIER = 'IDENTIFIER',
  NETWORK = 'NETWORK',
}

export const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  [EntityKind.CHILD]: 'Child',
  [EntityKind.PERSON]: 'Person of concern',
  [EntityKind.LOCATION]: 'Location',
  [EntityKind.VEHICLE]: 'Vehicle',
  [EntityKind.IDENTIFIER]: 'Phone, e-mail or online account',
  [EntityKind.NETWORK]: 'Network or group',
};

export enum PersonRiskMarker {
  VIOLENCE = 'VIOLENCE',
  WEAPONS = 'WEAPONS',
  DRUGS_SUPPLY = 'DRUGS_SUPPLY',
  SEXUAL_OFFENCES = 'SEXUAL_OFFENCES',
  CHILD_SEXUAL_OFFENCES = 'CHILD_SEXUAL_OFFENCES',
  TRAFFICKING = 'TRAFFICKING',
  ONLINE_OFFENDING = 'ONLINE_OFFENDING',
  MISSING_FROM_HOME_HARBOURING = 'MISSING_FROM_HOME_HARBOURING',
}

export const PERSON_RISK_MARKER_LABELS: Record<PersonRiskMarker, string> = {
  [PersonRiskMarker.VIOLENCE]: 'Violence',
  [PersonRiskMarker.WEAPONS]: 'Weapons',
  [PersonRiskMarker.DRUGS_SUPPLY]: 'Drugs supply',
  [PersonRiskMarker.SEXUAL_OFFENCES]: 'Sexual offences',
  [PersonRiskMarker.CHILD_SEXUAL_OFFENCES]: 'Sexual offences against children',
  [PersonRiskMarker.TRAFFICKING]: 'Trafficking',
  [PersonRiskMarker.ONLINE_OFFENDING]: 'Online offending',
  [PersonRiskMarker.MISSING_FROM_HOME_HARBOURING]: 'Harbouring missing children',
};

export enum LocationType {
  HOTEL = 'HOTEL',
  TAKEAWAY = 'TAKEAWAY',
  PARK = 'PARK',
  HMO = 'HMO',
  ADDRESS = 'ADDRESS',
  SCHOOL = 'SCHOOL',
  TAXI_FIRM = 'TAXI_FIRM',
  OTHER = 'OTHER',
}

export const LOCATION_TYPE_LABELS: Record<LocationType, string> = {
  [LocationType.HOTEL]: 'Hotel',
  [LocationType.TAKEAWAY]: 'Takeaway',
  [LocationType.PARK]: 'Park or open space',
  [LocationType.HMO]: 'House in multiple occupation',
  [LocationType.ADDRESS]: 'Address',
  [LocationType.SCHOOL]: 'School',
  [LocationType.TAXI_FIRM]: 'Taxi firm',
  [LocationType.OTHER]: 'Other place',
};

/** Op Makesafe: whether a hotel's staff know how to spot and report child exploitation. Hotels only. */
export enum MakesafeStatus {
  NOT_VISITED = 'NOT_VISITED',
  ENGAGED = 'ENGAGED',
  TRAINED = 'TRAINED',
  CONCERNS = 'CONCERNS',
  DECLINED = 'DECLINED',
}

export const MAKESAFE_STATUS_LABELS: Record<MakesafeStatus, string> = {
  [MakesafeStatus.NOT_VISITED]: 'Not visited',
  [MakesafeStatus.ENGAGED]: 'Engaged',
  [MakesafeStatus.TRAINED]: 'Staff trained',
  [MakesafeStatus.CONCERNS]: 'Concerns found at last check',
  [MakesafeStatus.DECLINED]: 'Declined to take part',
};

export enum IdentifierKind {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  HANDLE = 'HANDLE',
}

export const IDENTIFIER_KIND_LABELS: Record<IdentifierKind, string> = {
  [IdentifierKind.PHONE]: 'Phone number',
  [IdentifierKind.EMAIL]: 'E-mail address',
  [IdentifierKind.HANDLE]: 'Online account',
};

export enum Platform {
  SNAPCHAT = 'SNAPCHAT',
  INSTAGRAM = 'INSTAGRAM',
  TIKTOK = 'TIKTOK',
  WHATSAPP = 'WHATSAPP',
  FACEBOOK = 'FACEBOOK',
  TELEGRAM = 'TELEGRAM',
  X = 'X',
  OTHER = 'OTHER',
}

export const PLATFORM_LABELS: Record<Platform, string> = {
  [Platform.SNAPCHAT]: 'Snapchat',
  [Platform.INSTAGRAM]: 'Instagram',
  [Platform.TIKTOK]: 'TikTok',
  [Platform.WHATSAPP]: 'WhatsApp',
  [Platform.FACEBOOK]: 'Facebook',
  [Platform.TELEGRAM]: 'Telegram',
  [Platform.X]: 'X (Twitter)',
  [Platform.OTHER]: 'Other platform',
};

export enum NetworkStatus {
  ACTIVE = 'ACTIVE',
  UNDER_INVESTIGATION = 'UNDER_INVESTIGATION',
  DISRUPTED = 'DISRUPTED',
  DORMANT = 'DORMANT',
  CLOSED = 'CLOSED',
}

export const NETWORK_STATUS_LABELS: Record<NetworkStatus, string> = {
  [NetworkStatus.ACTIVE]: 'Active',
  [NetworkStatus.UNDER_INVESTIGATION]: 'Under investigation',
  [NetworkStatus.DISRUPTED]: 'Disrupted',
  [NetworkStatus.DORMANT]: 'Dormant',
  [NetworkStatus.CLOSED]: 'Closed',
};

export enum LinkRelation {
  ASSOCIATE_OF = 'ASSOCIATE_OF',
  SUSPECTED_EXPLOITER_OF = 'SUSPECTED_EXPLOITER_OF',
  FREQUENTS = 'FREQUENTS',
  FOUND_AT = 'FOUND_AT',
  USES_VEHICLE = 'USES_VEHICLE',
  USES_ACCOUNT = 'USES_ACCOUNT',
  MEMBER_OF = 'MEMBER_OF',
}

export const LINK_RELATION_LABELS: Record<LinkRelation, string> = {
  [LinkRelation.ASSOCIATE_OF]: 'Associate of',
  [LinkRelation.SUSPECTED_EXPLOITER_OF]: 'Suspected exploiter of',
  [LinkRelation.FREQUENTS]: 'Frequents',
  [LinkRelation.FOUND_AT]: 'Found at',
  [LinkRelation.USES_VEHICLE]: 'Uses vehicle',
  [LinkRelation.USES_ACCOUNT]: 'Uses account',
  [LinkRelation.MEMBER_OF]: 'Member of',
};

export enum LinkConfidence {
  CONFIRMED = 'CONFIRMED',
  PROBABLE = 'PROBABLE',
  POSSIBLE = 'POSSIBLE',
}

export const LINK_CONFIDENCE_LABELS: Record<LinkConfidence, string> = {
  [LinkConfidence.CONFIRMED]: 'Confirmed',
  [LinkConfidence.PROBABLE]: 'Probable',
  [LinkConfidence.POSSIBLE]: 'Possible',
};

/** 3x5x2 source evaluation. */
export enum SourceEvaluation {
  RELIABLE = 'RELIABLE',
  UNTESTED = 'UNTESTED',
  NOT_RELIABLE = 'NOT_RELIABLE',
}

export const SOURCE_EVALUATION_LABELS: Record<SourceEvaluation, string> = {
  [SourceEvaluation.RELIABLE]: '1 – Reliable',
  [SourceEvaluation.UNTESTED]: '2 – Untested',
  [SourceEvaluation.NOT_RELIABLE]: '3 – Not reliable',
};

/** 3x5x2 intelligence assessment (A to E, numbered 1 to 5 in some forces). */
export enum IntelligenceAssessment {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
}

export const INTELLIGENCE_ASSESSMENT_LABELS: Record<IntelligenceAssessment, string> = {
  [IntelligenceAssessment.A]: 'A (1) – Known directly to the source',
  [IntelligenceAssessment.B]: 'B (2) – Known indirectly to the source but corroborated',
  [IntelligenceAssessment.C]: 'C (3) – Known indirectly to the source',
  [IntelligenceAssessment.D]: 'D (4) – Not known',
  [IntelligenceAssessment.E]: 'E (5) – Suspected to be false',
};

/** 3x5x2 handling code: P may be shared lawfully; C only with the conditions written beside it. */
export enum HandlingCode {
  P = 'P',
  C = 'C',
}

export const HANDLING_CODE_LABELS: Record<HandlingCode, string> = {
  [HandlingCode.P]: 'P – Lawful sharing permitted',
  [HandlingCode.C]: 'C – Lawful sharing permitted with conditions',
};

export enum IntelligenceStatus {
  SUBMITTED = 'SUBMITTED',
  GRADED = 'GRADED',
  LINKED = 'LINKED',
  TABLED = 'TABLED',
  ACTIONED = 'ACTIONED',
  NO_FURTHER_ACTION = 'NO_FURTHER_ACTION',
}

export const INTELLIGENCE_STATUS_LABELS: Record<IntelligenceStatus, string> = {
  [IntelligenceStatus.SUBMITTED]: 'Submitted, awaiting grading',
  [IntelligenceStatus.GRADED]: 'Graded',
  [IntelligenceStatus.LINKED]: 'Linked',
  [IntelligenceStatus.TABLED]: 'Tabled at CETG',
  [IntelligenceStatus.ACTIONED]: 'Actioned',
  [IntelligenceStatus.NO_FURTHER_ACTION]: 'No further action',
};

/** How the submitter knows what they report. */
export enum IntelligenceProvenance {
  SEEN_OR_HEARD = 'SEEN_OR_HEARD',
  TOLD_BY_CHILD = 'TOLD_BY_CHILD',
  TOLD_BY_ANOTHER = 'TOLD_BY_ANOTHER',
  ONLINE = 'ONLINE',
  RECORDS = 'RECORDS',
}

export const INTELLIGENCE_PROVENANCE_LABELS: Record<IntelligenceProvenance, string> = {
  [IntelligenceProvenance.SEEN_OR_HEARD]: 'I saw or heard it myself',
  [IntelligenceProvenance.TOLD_BY_CHILD]: 'The child told me',
  [IntelligenceProvenance.TOLD_BY_ANOTHER]: 'Someone else told me',
  [IntelligenceProvenance.ONLINE]: 'I saw it online',
  [IntelligenceProvenance.RECORDS]: 'From our agency’s records',
};
