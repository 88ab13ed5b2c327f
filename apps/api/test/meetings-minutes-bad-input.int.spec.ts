import { MinutesDraftService } from '@mace/api-meetings';
import { GraphQLTestClient, startTestApp, TestApp } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { ClosedMeeting, closedMeeting, minutesPeople, MinutesPeople } from './meetings-minutes-fixtures';

/**
 * Bad input to saveMinutes, approveMinutes, addMinutesAddendum and produceAgencyPack (left to this
 * file by bad-input.int.spec.ts, as they need a chair and closed meetings): each answer is
 * BAD_USER_INPUT with a message per field, and nothing is written: no minutes, addendum or audit
 * event (a disclosure included).
 */

const MUTATIONS = {
  saveMinutes: `mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }`,
  approveMinutes: `mutation($meetingId: ID!, $version: Int!) { approveMinutes(meetingId: $meetingId, version: $version) { version } }`,
  addMinutesAddendum: `mutation($input: AddMinutesAddendumInput!) { addMinutesAddendum(input: $input) { version } }`,
  produceAgencyPack: `mutation($input: ProduceAgencyPackInput!) { produceAgencyPack(input: $input) { title } }`,
};

const HUNDRED_KB = 'x'.repeat(100 * 1024);
const VERSION = 'version must be 0 (a fresh draft) or the version you read';
const FROZEN = 'Approved minutes are frozen: add an addendum';

interface Fixtures {
  p: MinutesPeople;
  /** Closed, minutes never saved. */
  fresh: ClosedMeeting;
  /** Closed, minutes approved. */
  approved: ClosedMeeting;
  /** The draft's sections of `fresh`, as a client would send them back. */
  sections: { key: string; heading: string; body: string }[];
}

type Expected = { fields: Record<string, string> } | { message: string };

interface Case {
  mutation: keyof typeof MUTATIONS;
  name: string;
  variables: (f: Fixtures) => Record<string, unknown>;
  expect: Expected;
}

const save = (f: Fixtures, overrides: Record<string, unknown> = {}) => ({ input: { meetingId: f.fresh.meetingId, version: 0, sections: f.sections, ...overrides } });
const withSection = (f: Fixtures, change: Record<string, unknown>) => save(f, { sections: [{ ...f.sections[0], ...change }, ...f.sections.slice(1)] });
const addendum = (f: Fixtures, overrides: Record<string, unknown>) => ({ input: { meetingId: f.approved.meetingId, body: 'Invented', ...overrides } });
const pack = (f: Fixtures, overrides: Record<string, unknown>) => ({ input: { meetingId: f.fresh.meetingId, agencyId: f.p.police, kind: 'MINUTES', ...overrides } });

const CASES: Case[] = [
  // saveMinutes
  { mutation: 'saveMinutes', name: 'a malformed meeting id', variables: (f) => save(f, { meetingId: 'meeting-1' }), expect: { fields: { meetingId: 'Choose a meeting' } } },
  { mutation: 'saveMinutes', name: 'a negative version', variables: (f) => save(f, { version: -1 }), expect: { fields: { version: VERSION } } },
  { mutation: 'saveMinutes', name: 'no sections', variables: (f) => save(f, { sections: [] }), expect: { fields: { sections: 'Send the sections of the minutes' } } },
  { mutation: 'saveMinutes', name: '501 sections', variables: (f) => save(f, { sections: Array.from({ length: 501 }, (_, i) => ({ key: `k${i}`, heading: 'H', body: '' })) }), expect: { fields: { sections: 'Send no more than 500 sections' } } },
  { mutation: 'saveMinutes', name: 'a section text over 20,000 characters', variables: (f) => withSection(f, { body: 'x'.repeat(20_001) }), expect: { fields: { 'sections.0.body': 'Section text must be 20,000 characters or fewer' } } },
  { mutation: 'saveMinutes', name: '100 KB of section text', variables: (f) => withSection(f, { body: HUNDRED_KB }), expect: { fields: { 'sections.0.body': 'Section text must be 20,000 characters or fewer' } } },
  { mutation: 'saveMinutes', name: 'a blank heading', variables: (f) => withSection(f, { heading: '   ' }), expect: { fields: { 'sections.0.heading': 'Enter a heading' } } },
  { mutation: 'saveMinutes', name: 'a 100 KB heading', variables: (f) => withSection(f, { heading: HUNDRED_KB }), expect: { fields: { 'sections.0.heading': 'Heading must be 200 characters or fewer' } } },
  { mutation: 'saveMinutes', name: 'an empty key', variables: (f) => withSection(f, { key: '' }), expect: { fields: { 'sections.0.key': 'Enter the section’s key' } } },
  { mutation: 'saveMinutes', name: 'a section twice', variables: (f) => save(f, { sections: [...f.sections, f.sections[0]] }), expect: { fields: { sections: 'Send each section once' } } },
  { mutation: 'saveMinutes', name: 'a key that is not the draft’s', variables: (f) => withSection(f, { key: 'invented' }), expect: { fields: { sections: 'Send exactly the sections of the draft, with their keys' } } },
  { mutation: 'saveMinutes', name: 'a section of the draft left out', variables: (f) => save(f, { sections: f.sections.slice(1) }), expect: { fields: { sections: 'Send exactly the sections of the draft, with their keys' } } },
  { mutation: 'saveMinutes', name: 'a meeting not closed', variables: (f) => save(f, { meetingId: f.fresh.nextMeetingId }), expect: { fields: { meetingId: 'Minutes are written once the meeting has closed' } } },
  { mutation: 'saveMinutes', name: 'approved minutes', variables: (f) => save(f, { meetingId: f.approved.meetingId, version: 2 }), expect: { fields: { sections: FROZEN } } },
  { mutation: 'saveMinutes', name: 'a section without a body', variables: (f) => save(f, { sections: [{ key: 'attendance', heading: 'Attendance' }] }), expect: { message: 'Field "body" of required type "String!" was not provided' } },

  // approveMinutes
  { mutation: 'approveMinutes', name: 'a malformed meeting id', variables: () => ({ meetingId: 'meeting-1', version: 0 }), expect: { fields: { meetingId: 'Choose a meeting' } } },
  { mutation: 'approveMinutes', name: 'a negative version', variables: (f) => ({ meetingId: f.fresh.meetingId, version: -3 }), expect: { fields: { version: VERSION } } },
  { mutation: 'approveMinutes', name: 'a meeting not closed', variables: (f) => ({ meetingId: f.fresh.nextMeetingId, version: 0 }), expect: { fields: { meetingId: 'Minutes are written once the meeting has closed' } } },
  { mutation: 'approveMinutes', name: 'minutes already approved', variables: (f) => ({ meetingId: f.approved.meetingId, version: 2 }), expect: { fields: { meetingId: 'These minutes are already approved' } } },
  { mutation: 'approveMinutes', name: 'a version that is not a number', variables: (f) => ({ meetingId: f.fresh.meetingId, version: 'one' }), expect: { message: 'Variable "$version" got invalid value "one"' } },

  // addMinutesAddendum
  { mutation: 'addMinutesAddendum', name: 'a malformed meeting id', variables: (f) => addendum(f, { meetingId: 'meeting-1' }), expect: { fields: { meetingId: 'Choose a meeting' } } },
  { mutation: 'addMinutesAddendum', name: 'a blank addendum', variables: (f) => addendum(f, { body: '  \n ' }), expect: { fields: { body: 'Enter the addendum' } } },
  { mutation: 'addMinutesAddendum', name: '4,001 characters', variables: (f) => addendum(f, { body: 'x'.repeat(4001) }), expect: { fields: { body: 'Addendum must be 4,000 characters or fewer' } } },
  { mutation: 'addMinutesAddendum', name: '100 KB of addendum', variables: (f) => addendum(f, { body: HUNDRED_KB }), expect: { fields: { body: 'Addendum must be 4,000 characters or fewer' } } },
  { mutation: 'addMinutesAddendum', name: 'minutes not yet approved', variables: (f) => addendum(f, { meetingId: f.fresh.meetingId }), expect: { fields: { meetingId: 'Addenda are added to approved minutes; until then the chair edits the draft' } } },

  // produceAgencyPack
  { mutation: 'produceAgencyPack', name: 'a malformed meeting id', variables: (f) => pack(f, { meetingId: 'meeting-1' }), expect: { fields: { meetingId: 'Choose a meeting' } } },
  { mutation: 'produceAgencyPack', name: 'a malformed agency id', variables: (f) => pack(f, { agencyId: 'agency-1' }), expect: { fields: { agencyId: 'Choose an agency invited to the meeting' } } },
  { mutation: 'produceAgencyPack', name: 'an unknown kind', variables: (f) => pack(f, { kind: 'NOTES' }), expect: { message: 'Variable "$input" got invalid value "NOTES" at "input.kind"' } },
  { mutation: 'produceAgencyPack', name: 'an agency not invited', variables: (f) => pack(f, { agencyId: f.p.housing }), expect: { fields: { agencyId: 'Choose an agency invited to this meeting' } } },
  { mutation: 'produceAgencyPack', name: 'minutes of a meeting not closed', variables: (f) => pack(f, { meetingId: f.fresh.nextMeetingId }), expect: { fields: { kind: 'Minutes packs are produced once the meeting has closed' } } },
];

describe('bad input to the minutes and pack mutations: BAD_USER_INPUT per field, nothing written', () => {
  let t: TestApp;
  const f = {} as Fixtures;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    f.p = await minutesPeople(t);
    f.fresh = await closedMeeting(t, f.p);
    f.approved = await closedMeeting(t, f.p);
    f.sections = (await t.app.get(MinutesDraftService).draft(f.fresh.meetingId)).map(({ key, heading, body }) => ({ key, heading, body }));
    const approved = await f.p.chair.send(MUTATIONS.approveMinutes, { meetingId: f.approved.meetingId, version: 0 });
    expect(approved.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  /** Rows (and a digest of their content) of everything these mutations could write. */
  async function state(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const table of ['meeting_minutes', 'meeting_minutes_addendum', 'audit_event']) {
      const where = table === 'audit_event' ? `WHERE operation IN ('COLLECTION', 'ALTERATION', 'CONSULTATION', 'DISCLOSURE')` : '';
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t ${where}`,
      );
      out[table] = row;
    }
    return out;
  }

  it.each(CASES.map((c) => ({ ...c, what: 'fields' in c.expect ? Object.keys(c.expect.fields).join(', ') : 'the variable' })))(
    '$mutation refuses $name: BAD_USER_INPUT on $what',
    async ({ mutation, variables, expect: expected }) => {
      const before = await state();
      const res = await f.p.chair.send(MUTATIONS[mutation], variables(f));
      expect(res.errors).toHaveLength(1);
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      if ('fields' in expected) expect(res.errors?.[0].extensions?.fields).toEqual(expected.fields);
      else expect(res.errors?.[0].message).toContain(expected.message);
      expect(res.data ?? null).toBeNull();
      expect(await state()).toEqual(before);
    },
  );

  // Last: it writes. The cases above then fail for the reason they name, not for a broken fixture.
  it('accepts the valid input the cases start from', async () => {
    for (const [mutation, variables] of [
      ['produceAgencyPack', pack(f, {})],
      ['saveMinutes', save(f)],
      ['approveMinutes', { meetingId: f.fresh.meetingId, version: 1 }],
      ['addMinutesAddendum', addendum(f, {})],
    ] as const) {
      const res = await f.p.chair.send(MUTATIONS[mutation], variables);
      expect(res.errors).toBeUndefined();
    }
  });
});
