import { randomUUID } from 'node:crypto';
import { MinutesDraftService } from '@mace/api-meetings';
import { GraphQLTestClient, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { ADDENDUM, APPROVE, ClosedMeeting, closedMeeting, download, minutesPeople, MinutesPeople, PACK, SAVE } from './meetings-minutes-fixtures';

/** Who asks, relative to a closed MACE of district D with members police (involved) and health. */
const WHO = [
  'chair of the district',
  'chair of another district',
  'attending practitioner',
  'non-attending practitioner',
  'SPOC of the district',
  'analyst',
] as const;
type Who = (typeof WHO)[number];
type Outcome = 'allowed' | 'NOT_FOUND' | 'FORBIDDEN';

/**
 * The expected answer per MINUTES operation and caller. NOT_FOUND: the caller may not open the
 * meeting (answered exactly as for a meeting that does not exist). FORBIDDEN: the role lacks the
 * permission, or the caller may open the meeting but not do this. The PDFs answer 404 / 403.
 */
const MATRIX: Record<string, Record<Who, Outcome>> = {
  saveMinutes: {
    'chair of the district': 'allowed',
    'chair of another district': 'NOT_FOUND',
    'attending practitioner': 'FORBIDDEN',
    'non-attending practitioner': 'FORBIDDEN',
    'SPOC of the district': 'FORBIDDEN',
    analyst: 'FORBIDDEN',
  },
  approveMinutes: {
    'chair of the district': 'allowed',
    'chair of another district': 'NOT_FOUND',
    'attending practitioner': 'FORBIDDEN',
    'non-attending practitioner': 'FORBIDDEN',
    'SPOC of the district': 'FORBIDDEN',
    analyst: 'FORBIDDEN',
  },
  addMinutesAddendum: {
    'chair of the district': 'allowed',
    'chair of another district': 'NOT_FOUND',
    'attending practitioner': 'allowed',
    'non-attending practitioner': 'NOT_FOUND',
    'SPOC of the district': 'allowed',
    analyst: 'FORBIDDEN',
  },
  'produceAgencyPack (police, attending)': {
    'chair of the district': 'allowed',
    'chair of another district': 'NOT_FOUND',
    'attending practitioner': 'allowed',
    'non-attending practitioner': 'NOT_FOUND',
    'SPOC of the district': 'FORBIDDEN',
    analyst: 'FORBIDDEN',
  },
  'produceAgencyPack (health, another member)': {
    'chair of the district': 'allowed',
    'chair of another district': 'NOT_FOUND',
    'attending practitioner': 'FORBIDDEN',
    'non-attending practitioner': 'NOT_FOUND',
    'SPOC of the district': 'FORBIDDEN',
    analyst: 'FORBIDDEN',
  },
  'GET minutes.pdf': {
    'chair of the district': 'allowed',
    'chair of another district': 'NOT_FOUND',
    'attending practitioner': 'allowed',
    'non-attending practitioner': 'NOT_FOUND',
    'SPOC of the district': 'allowed',
    analyst: 'FORBIDDEN',
  },
  'GET pack PDF (police)': {
    'chair of the district': 'allowed',
    'chair of another district': 'NOT_FOUND',
    'attending practitioner': 'allowed',
    'non-attending practitioner': 'NOT_FOUND',
    'SPOC of the district': 'FORBIDDEN',
    analyst: 'FORBIDDEN',
  },
};

interface Answer {
  outcome: Outcome;
  /** To compare with the answer for a meeting that does not exist. */
  message?: string;
}

describe('minutes and packs: who may do what', () => {
  let t: TestApp;
  let p: MinutesPeople;
  let s: Record<Who, TestSession>;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    p = await minutesPeople(t);
    s = {
      'chair of the district': p.chair,
      'chair of another district': p.otherChair,
      'attending practitioner': p.attending,
      'non-attending practitioner': p.nonAttending,
      'SPOC of the district': p.spoc,
      analyst: p.analyst,
    };
  });
  afterAll(() => t.close());

  async function sections(meetingId: string) {
    return (await t.app.get(MinutesDraftService).draft(meetingId)).map(({ key, heading, body }) => ({ key, heading, body }));
  }

  function gqlAnswer(res: { errors?: { message: string; extensions?: { code?: string } }[] }): Answer {
    if (!res.errors) return { outcome: 'allowed' };
    const code = GraphQLTestClient.codeOf(res as never);
    if (code !== 'NOT_FOUND' && code !== 'FORBIDDEN') throw new Error(`unexpected answer ${JSON.stringify(res.errors)}`);
    return { outcome: code, message: res.errors[0].message };
  }

  async function httpAnswer(session: TestSession, path: string): Promise<Answer> {
    const res = await download(t, path, session);
    const outcome = ({ 200: 'allowed', 404: 'NOT_FOUND', 403: 'FORBIDDEN' } as Record<number, Outcome>)[res.status];
    if (!outcome) throw new Error(`unexpected status ${res.status}`);
    if (outcome === 'allowed') expect((res.body as Buffer).subarray(0, 4).toString()).toBe('%PDF');
    return { outcome, message: outcome === 'allowed' ? undefined : JSON.parse((res.body as Buffer).toString()).message };
  }

  const SEND: Record<string, (session: TestSession, meetingId: string) => Promise<Answer>> = {
    saveMinutes: async (session, meetingId) =>
      gqlAnswer(await session.send(SAVE, { input: { meetingId, version: 0, sections: await sections(meetingId).catch(() => [{ key: 'attendance', heading: 'A', body: 'B' }]) } })),
    approveMinutes: async (session, meetingId) => gqlAnswer(await session.send(APPROVE, { meetingId, version: 0 })),
    addMinutesAddendum: async (session, meetingId) => gqlAnswer(await session.send(ADDENDUM, { input: { meetingId, body: 'Invented: a correction' } })),
    'produceAgencyPack (police, attending)': async (session, meetingId) =>
      gqlAnswer(await session.send(PACK, { input: { meetingId, agencyId: p.police, kind: 'MINUTES' } })),
    'produceAgencyPack (health, another member)': async (session, meetingId) =>
      gqlAnswer(await session.send(PACK, { input: { meetingId, agencyId: p.health, kind: 'MINUTES' } })),
    'GET minutes.pdf': (session, meetingId) => httpAnswer(session, `/api/meetings/${meetingId}/minutes.pdf`),
    'GET pack PDF (police)': (session, meetingId) => httpAnswer(session, `/api/meetings/${meetingId}/packs/${p.police}.pdf?kind=MINUTES`),
  };

  /** Everything a MINUTES operation may write about the meeting: rows and audit events. */
  async function writes(meeting: ClosedMeeting) {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM meeting_minutes WHERE meeting_id = $1)::int AS minutes,
              (SELECT max(version) FROM meeting_minutes WHERE meeting_id = $1) AS version,
              (SELECT count(*) FROM meeting_minutes_addendum WHERE meeting_id = $1)::int AS addenda,
              (SELECT count(*) FROM audit_event WHERE operation <> 'ACCESS_DENIED'
                 AND (subject_ids && ARRAY[$1, $2, $3]::text[]))::int AS events`,
      [meeting.meetingId, meeting.discussed.childId, meeting.notReached.childId],
    );
    return row;
  }

  const CASES = Object.entries(MATRIX).flatMap(([operation, row]) => WHO.map((who) => ({ operation, who, outcome: row[who] })));

  it.each(CASES)('$operation by $who: $outcome', async ({ operation, who, outcome }) => {
    const meeting = await closedMeeting(t, p);
    // Addenda go on approved minutes: approve first so only the caller decides the answer.
    if (operation === 'addMinutesAddendum') expect((await p.chair.send(APPROVE, { meetingId: meeting.meetingId, version: 0 })).errors).toBeUndefined();
    const before = await writes(meeting);
    const answer = await SEND[operation](s[who], meeting.meetingId);
    expect(answer.outcome).toBe(outcome);
    if (outcome === 'allowed') return;
    expect(await writes(meeting)).toEqual(before);
    if (outcome === 'NOT_FOUND') {
      // Exactly the answer for a meeting that does not exist.
      const missing = await SEND[operation](s[who], randomUUID());
      expect(missing).toEqual(answer);
    }
  });
});
