import { AgendaRule, MeetingKind } from '@mace/shared-domain';
import type { MeetingTypeFieldsFragment } from '@mace/web-data-access';
import { CONFIGURABLE_RULES, formFromType, meetingTypeFormErrors, NEW_MEETING_TYPE, toCreateInput, toUpdateInput } from './meeting-type-form';

const TYPE: MeetingTypeFieldsFragment = {
  __typename: 'MeetingType',
  id: 't1',
  kind: MeetingKind.MACE,
  name: 'Sheffield MACE',
  cadenceDays: 7,
  defaultStartTime: '10:00',
  defaultDurationMinutes: 120,
  defaultTimeboxMinutes: 10,
  agendaRules: [AgendaRule.NEW_REFERRAL, AgendaRule.CHAIR_ADDED],
  confidentialityStatement: 'What is said here stays here.',
  active: true,
  version: 4,
  district: { __typename: 'District', id: 'd1', name: 'Sheffield' },
  coreAgencies: [{ __typename: 'Agency', id: 'a1', name: 'Police' }],
};

describe('meeting type form', () => {
  it('offers every rule but the chair’s own additions', () => {
    expect(CONFIGURABLE_RULES).not.toContain(AgendaRule.CHAIR_ADDED);
    expect(CONFIGURABLE_RULES).toContain(AgendaRule.CARRIED_FORWARD);
  });

  it('asks a new type for everything it needs', () => {
    expect(Object.keys(meetingTypeFormErrors(NEW_MEETING_TYPE, true))).toEqual(['districtId', 'kind', 'name', 'coreAgencyIds', 'confidentialityStatement']);
  });

  it('does not ask an existing type for district or kind', () => {
    expect(meetingTypeFormErrors({ ...formFromType(TYPE), districtId: '', kind: '' }, false)).toEqual({});
  });

  it.each([
    [{ cadenceDays: '93' }, 'cadenceDays', 'Days between meetings must be between 1 and 92'],
    [{ defaultStartTime: '10am' }, 'defaultStartTime', 'Start time must be a time on the 24-hour clock, like 09:30 or 14:00'],
    [{ defaultDurationMinutes: '600' }, 'defaultDurationMinutes', 'Duration must be between 15 and 480'],
    [{ defaultTimeboxMinutes: '0' }, 'defaultTimeboxMinutes', 'Time per item must be between 1 and 120'],
    [{ name: 'x'.repeat(121) }, 'name', 'Name must be 120 characters or fewer'],
    [{ confidentialityStatement: 'x'.repeat(4001) }, 'confidentialityStatement', 'Confidentiality statement must be 4,000 characters or fewer'],
  ])('refuses %o', (change, field, message) => {
    expect(meetingTypeFormErrors({ ...formFromType(TYPE), ...change }, false)[field]).toBe(message);
  });

  it('creates with numbers, a padded time and trimmed text', () => {
    const input = toCreateInput({ ...NEW_MEETING_TYPE, districtId: 'd1', kind: MeetingKind.CETG, name: ' CETG ', defaultStartTime: '9:30', coreAgencyIds: ['a1'], confidentialityStatement: ' Keep it safe. ' });
    expect(input).toEqual({
      districtId: 'd1',
      kind: MeetingKind.CETG,
      name: 'CETG',
      cadenceDays: 7,
      defaultStartTime: '09:30',
      defaultDurationMinutes: 120,
      defaultTimeboxMinutes: 10,
      agendaRules: CONFIGURABLE_RULES,
      coreAgencyIds: ['a1'],
      confidentialityStatement: 'Keep it safe.',
    });
  });

  it('updates with the version read, keeping rules the form does not show', () => {
    const form = { ...formFromType(TYPE), agendaRules: [AgendaRule.REVIEW_DUE], active: false };
    expect(form.agendaRules).toEqual([AgendaRule.REVIEW_DUE]);
    expect(toUpdateInput(TYPE, form)).toMatchObject({
      id: 't1',
      version: 4,
      agendaRules: [AgendaRule.REVIEW_DUE, AgendaRule.CHAIR_ADDED],
      active: false,
    });
  });
});
