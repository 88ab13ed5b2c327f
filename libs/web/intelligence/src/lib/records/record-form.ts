import {
  EntityKind,
  IdentifierKind,
  LocationType,
  NetworkStatus,
  type MakesafeStatus,
  type OffendingModel,
  type PersonRiskMarker,
  type Platform,
} from '@mace/shared-domain';
import type {
  CreateIdentifierInput,
  CreateLocationInput,
  CreateNetworkInput,
  CreatePersonInput,
  CreateVehicleInput,
  EntityRefFieldsFragment,
} from '@mace/web-data-access';
import type { DateParts } from '@mace/web-ui';
import { calendarDate } from '../submit/submit-form';

/** The kinds of police record made here; children are referred, not created. */
export type RecordKind = Exclude<EntityKind, EntityKind.CHILD>;
export const RECORD_KINDS: RecordKind[] = [EntityKind.PERSON, EntityKind.LOCATION, EntityKind.VEHICLE, EntityKind.IDENTIFIER, EntityKind.NETWORK];

/** Every field of every kind; each kind uses its own. Text as typed, dates as parts. */
export interface RecordDraft {
  districtId: string;
  givenName: string;
  familyName: string;
  aliases: string;
  dateOfBirth: DateParts;
  riskMarkers: PersonRiskMarker[];
  ocgNominal: boolean;
  description: string;
  locationType: LocationType | '';
  name: string;
  address: string;
  postcode: string;
  makesafeStatus: MakesafeStatus | '';
  makesafeCheckedOn: DateParts;
  registration: string;
  make: string;
  model: string;
  colour: string;
  identifierKind: IdentifierKind | '';
  platform: Platform | '';
  value: string;
  offendingModel: OffendingModel | '';
  networkStatus: NetworkStatus;
  groupBasedCse: boolean;
}

const NO_DATE: DateParts = { day: '', month: '', year: '' };

export const emptyRecordDraft = (districtId: string): RecordDraft => ({
  districtId,
  givenName: '',
  familyName: '',
  aliases: '',
  dateOfBirth: NO_DATE,
  riskMarkers: [],
  ocgNominal: false,
  description: '',
  locationType: '',
  name: '',
  address: '',
  postcode: '',
  makesafeStatus: '',
  makesafeCheckedOn: NO_DATE,
  registration: '',
  make: '',
  model: '',
  colour: '',
  identifierKind: '',
  platform: '',
  value: '',
  offendingModel: '',
  networkStatus: NetworkStatus.ACTIVE,
  groupBasedCse: false,
});

type Errors = Record<string, string>;

function text(errors: Errors, field: string, value: string, max: number, what: string, required?: string) {
  const trimmed = value.trim();
  if (!trimmed && required) errors[field] = required;
  else if (trimmed.length > max) errors[field] = `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;
}

function date(errors: Errors, field: string, parts: DateParts, what: string, today: string) {
  if (![parts.day, parts.month, parts.year].some((p) => p.trim())) return;
  const iso = calendarDate(parts);
  if (!iso) errors[field] = `${what} must be a real date`;
  else if (iso > today) errors[field] = `${what} must be today or in the past`;
}

/** One alias a line or comma-separated, without blanks or repeats. */
export function aliasesOf(value: string): string[] {
  return [...new Set(value.split(/[\n,]/).map((a) => a.trim()).filter(Boolean))];
}

/** The rules of each kind, as the database checks them (migration 0006), keyed by field. */
export function recordDraftErrors(kind: RecordKind, draft: RecordDraft, today: string): Errors {
  const errors: Errors = {};
  const needsDistrict = kind === EntityKind.PERSON || kind === EntityKind.LOCATION || kind === EntityKind.NETWORK;
  if (needsDistrict && !draft.districtId) errors['districtId'] = 'Select the district';
  switch (kind) {
    case EntityKind.PERSON:
      text(errors, 'givenName', draft.givenName, 100, 'Given name', 'Enter the given name');
      text(errors, 'familyName', draft.familyName, 100, 'Family name', 'Enter the family name');
      if (aliasesOf(draft.aliases).some((a) => a.length > 100)) errors['aliases'] = 'Each alias must be 100 characters or fewer';
      date(errors, 'dateOfBirth', draft.dateOfBirth, 'Date of birth', today);
      text(errors, 'description', draft.description, 2000, 'Description');
      break;
    case EntityKind.LOCATION:
      if (!draft.locationType) errors['locationType'] = 'Select the type of place';
      text(errors, 'name', draft.name, 200, 'Name', 'Enter the name of the place');
      text(errors, 'address', draft.address, 500, 'Address');
      text(errors, 'postcode', draft.postcode, 10, 'Postcode');
      if (draft.locationType === LocationType.HOTEL) date(errors, 'makesafeCheckedOn', draft.makesafeCheckedOn, 'The date of the last check', today);
      break;
    case EntityKind.VEHICLE:
      text(errors, 'registration', draft.registration, 20, 'Registration', 'Enter the registration');
      if (draft.registration.trim() && !/[A-Za-z0-9]/.test(draft.registration)) errors['registration'] = 'Registration must have letters or numbers';
      text(errors, 'make', draft.make, 60, 'Make');
      text(errors, 'model', draft.model, 60, 'Model');
      text(errors, 'colour', draft.colour, 40, 'Colour');
      break;
    case EntityKind.IDENTIFIER:
      if (!draft.identifierKind) errors['identifierKind'] = 'Select what it is';
      if (draft.identifierKind === IdentifierKind.HANDLE && !draft.platform) errors['platform'] = 'Select the platform';
      text(errors, 'value', draft.value, 100, 'The number, address or handle', 'Enter the number, address or handle');
      break;
    case EntityKind.NETWORK:
      text(errors, 'name', draft.name, 120, 'Name', 'Enter the network’s name');
      if (!draft.offendingModel) errors['offendingModel'] = 'Select the offending model';
      text(errors, 'description', draft.description, 2000, 'Description');
      break;
  }
  return errors;
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

export function toPersonInput(d: RecordDraft): CreatePersonInput {
  return {
    districtId: d.districtId,
    givenName: d.givenName.trim(),
    familyName: d.familyName.trim(),
    aliases: aliasesOf(d.aliases),
    dateOfBirth: calendarDate(d.dateOfBirth) ?? undefined,
    riskMarkers: d.riskMarkers,
    ocgNominal: d.ocgNominal,
    description: optional(d.description),
  };
}

export function toLocationInput(d: RecordDraft): CreateLocationInput {
  // Op Makesafe applies to hotels only; the database refuses it on other places.
  const hotel = d.locationType === LocationType.HOTEL;
  return {
    districtId: d.districtId,
    type: d.locationType as LocationType,
    name: d.name.trim(),
    address: optional(d.address),
    postcode: optional(d.postcode)?.toUpperCase(),
    makesafeStatus: hotel && d.makesafeStatus ? d.makesafeStatus : undefined,
    makesafeCheckedOn: hotel ? (calendarDate(d.makesafeCheckedOn) ?? undefined) : undefined,
  };
}

export function toVehicleInput(d: RecordDraft): CreateVehicleInput {
  return { registration: d.registration.trim().toUpperCase(), make: optional(d.make), model: optional(d.model), colour: optional(d.colour) };
}

export function toIdentifierInput(d: RecordDraft): CreateIdentifierInput {
  const kind = d.identifierKind as IdentifierKind;
  return { kind, platform: kind === IdentifierKind.HANDLE && d.platform ? d.platform : undefined, value: d.value.trim() };
}

export function toNetworkInput(d: RecordDraft): CreateNetworkInput {
  return {
    districtId: d.districtId,
    name: d.name.trim(),
    model: d.offendingModel as OffendingModel,
    status: d.networkStatus,
    groupBasedCse: d.groupBasedCse,
    description: optional(d.description),
  };
}

/** The reference of a record just made, labelled as the API labels link ends. */
export function refOf(kind: RecordKind, id: string, d: RecordDraft): EntityRefFieldsFragment {
  const labels: Record<RecordKind, string> = {
    [EntityKind.PERSON]: `${d.givenName.trim()} ${d.familyName.trim()}`,
    [EntityKind.LOCATION]: [d.name.trim(), optional(d.postcode)?.toUpperCase()].filter(Boolean).join(', '),
    // The API labels a vehicle by its normalised registration ("zz 19abc" is ZZ19ABC) and an identifier by its value alone.
    [EntityKind.VEHICLE]: d.registration.toUpperCase().replace(/[^A-Z0-9]/g, ''),
    [EntityKind.IDENTIFIER]: d.value.trim(),
    [EntityKind.NETWORK]: d.name.trim(),
  };
  return { __typename: 'EntityRef', kind, id, label: labels[kind], detail: null };
}
