import { AgendaRule, MeetingKind } from '@mace/shared-domain';
import type { CreateMeetingTypeInput, MeetingTypeFieldsFragment, UpdateMeetingTypeInput } from '@mace/web-data-access';
import { CADENCE_RANGE, DURATION_RANGE, normaliseTime, numberError, STATEMENT_MAX, TIMEBOX_RANGE, timeError, TYPE_NAME_MAX, wholeNumber } from '../common/form-rules';

/** The meeting type form as typed. District and kind are chosen once, when the type is created. */
export interface MeetingTypeForm {
  districtId: string;
  kind: MeetingKind | '';
  name: string;
  cadenceDays: string;
  defaultStartTime: string;
  defaultDurationMinutes: string;
  defaultTimeboxMinutes: string;
  agendaRules: AgendaRule[];
  coreAgencyIds: string[];
  confidentialityStatement: string;
  active: boolean;
}

/** Rules a type can use. Chair additions are not a rule to switch on: the chair can always add items. */
export const CONFIGURABLE_RULES: readonly AgendaRule[] = Object.values(AgendaRule).filter((rule) => rule !== AgendaRule.CHAIR_ADDED);

/** A new type starts with the API's defaults and every rule a weekly MACE uses. */
export const NEW_MEETING_TYPE: MeetingTypeForm = {
  districtId: '',
  kind: '',
  name: '',
  cadenceDays: '7',
  defaultStartTime: '10:00',
  defaultDurationMinutes: '120',
  defaultTimeboxMinutes: '10',
  agendaRules: [...CONFIGURABLE_RULES],
  coreAgencyIds: [],
  confidentialityStatement: '',
  active: true,
};

export function formFromType(type: MeetingTypeFieldsFragment): MeetingTypeForm {
  return {
    districtId: type.district.id,
    kind: type.kind,
    name: type.name,
    cadenceDays: String(type.cadenceDays),
    defaultStartTime: type.defaultStartTime,
    defaultDurationMinutes: String(type.defaultDurationMinutes),
    defaultTimeboxMinutes: String(type.defaultTimeboxMinutes),
    agendaRules: type.agendaRules.filter((rule) => CONFIGURABLE_RULES.includes(rule)),
    coreAgencyIds: type.coreAgencies.map((agency) => agency.id),
    confidentialityStatement: type.confidentialityStatement,
    active: type.active,
  };
}

export function meetingTypeFormErrors(form: MeetingTypeForm, creating: boolean): Record<string, string> {
  const name = form.name.trim();
  const statement = form.confidentialityStatement.trim();
  const errors: Record<string, string | undefined> = {
    districtId: creating && !form.districtId ? 'Select the district' : undefined,
    kind: creating && !form.kind ? 'Select the kind of meeting' : undefined,
    name: !name ? 'Enter the name of the meeting type' : name.length > TYPE_NAME_MAX ? `Name must be ${TYPE_NAME_MAX} characters or fewer` : undefined,
    cadenceDays: numberError(form.cadenceDays, CADENCE_RANGE, 'Days between meetings', 'Enter how many days apart the meetings are'),
    defaultStartTime: timeError(form.defaultStartTime, 'Start time', 'Enter the usual start time'),
    defaultDurationMinutes: numberError(form.defaultDurationMinutes, DURATION_RANGE, 'Duration', 'Enter how long the meetings usually last, in minutes'),
    defaultTimeboxMinutes: numberError(form.defaultTimeboxMinutes, TIMEBOX_RANGE, 'Time per item', 'Enter the usual time for an item, in minutes'),
    coreAgencyIds: form.coreAgencyIds.length === 0 ? 'Select at least one core agency' : undefined,
    confidentialityStatement: !statement
      ? 'Enter the confidentiality statement'
      : statement.length > STATEMENT_MAX
        ? `Confidentiality statement must be ${STATEMENT_MAX.toLocaleString('en-GB')} characters or fewer`
        : undefined,
  };
  return Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

function settings(form: MeetingTypeForm) {
  return {
    name: form.name.trim(),
    cadenceDays: wholeNumber(form.cadenceDays) ?? 0,
    defaultStartTime: normaliseTime(form.defaultStartTime),
    defaultDurationMinutes: wholeNumber(form.defaultDurationMinutes) ?? 0,
    defaultTimeboxMinutes: wholeNumber(form.defaultTimeboxMinutes) ?? 0,
    agendaRules: form.agendaRules,
    coreAgencyIds: form.coreAgencyIds,
    confidentialityStatement: form.confidentialityStatement.trim(),
  };
}

export function toCreateInput(form: MeetingTypeForm): CreateMeetingTypeInput {
  return { districtId: form.districtId, kind: form.kind as MeetingKind, ...settings(form) };
}

/** Every setting is sent, so the saved type reads as the form does; rules the form does not show are kept. */
export function toUpdateInput(type: MeetingTypeFieldsFragment, form: MeetingTypeForm): UpdateMeetingTypeInput {
  const hiddenRules = type.agendaRules.filter((rule) => !CONFIGURABLE_RULES.includes(rule));
  const values = settings(form);
  return { id: type.id, version: type.version, ...values, agendaRules: [...values.agendaRules, ...hiddenRules], active: form.active };
}
