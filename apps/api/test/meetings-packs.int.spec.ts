import { randomUUID } from 'node:crypto';
import { AgendaRule, MeetingStatus } from '@mace/shared-domain';
import { createAgendaItem, createChild, createMeeting, createMeetingType, GraphQLTestClient, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { APPROVE, closedMeeting, download, minutesPeople, MinutesPeople, PACK, pdfText } from './meetings-minutes-fixtures';

interface Pack {
  meetingId: string;
  kind: string;
  title: string;
  producedAt: string;
  pdfPath: string;
  agency: { id: string; name: string };
  sections: { key: string; heading: string; body: string }[];
}
type Produced = { produceAgencyPack: Pack };

describe('agency packs: only what the recipient agency may see, each a DISCLOSURE to it', () => {
  let t: TestApp;
  let p: MinutesPeople;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    p = await minutesPeople(t);
  });
  afterAll(() => t.close());

  async function lastSeq(): Promise<string> {
    const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
    return row.seq;
  }
  async function disclosuresSince(seq: string): Promise<{ subject_type: string; subject_ids: string[]; recipients: string[]; justification: string; actor_user_id: string }[]> {
    return t.dataSource.query(
      `SELECT subject_type, subject_ids, recipients, justification, actor_user_id FROM audit_event WHERE seq > $1 AND operation = 'DISCLOSURE' ORDER BY seq`,
      [seq],
    );
  }
  async function produce(session: TestSession, meetingId: string, agencyId: string, kind: 'AGENDA' | 'MINUTES') {
    return session.send<Produced>(PACK, { input: { meetingId, agencyId, kind } });
  }

  describe('minutes packs', () => {
    it('gives the involved agency the child’s item and earlier action, and records the disclosure naming it and the children', async () => {
      const m = await closedMeeting(t, p);
      await p.chair.send(APPROVE, { meetingId: m.meetingId, version: 0 });
      const seq = await lastSeq();
      const res = await produce(p.chair, m.meetingId, p.police, 'MINUTES');
      expect(res.errors).toBeUndefined();
      const pack = res.data!.produceAgencyPack;
      expect(pack).toMatchObject({
        meetingId: m.meetingId,
        kind: 'MINUTES',
        agency: { id: p.police },
        pdfPath: `/api/meetings/${m.meetingId}/packs/${p.police}.pdf?kind=MINUTES`,
      });
      expect(pack.title).toMatch(/^Minutes for Invented Police \w+: Invented MACE \w+, Thursday 8 January 2026$/);
      const byKey = new Map(pack.sections.map((s) => [s.key, s]));
      expect(byKey.get('minutes-status')!.body).toMatch(/^Approved by Test User \w+ on \w+day \d{1,2} \w+ \d{4} at \d\d:\d\d\.$/);
      expect(byKey.get(`item:${m.discussed.itemId}`)!.heading).toBe(`1. ${m.discussed.name}`);
      expect(byKey.get(`item:${m.discussed.itemId}`)!.body).toContain('Agreed risk: High.');
      expect(byKey.get(`actions-review:${m.reviewedActionId}`)!.heading).toBe(`Earlier action for ${m.discussed.name}`);
      const [event] = await disclosuresSince(seq);
      expect(event).toMatchObject({ subject_type: 'MEETING', recipients: [p.police], justification: 'agency pack (minutes, GraphQL)', actor_user_id: p.chair.id });
      expect([...event.subject_ids].sort()).toEqual([m.meetingId, m.discussed.childId, m.notReached.childId].sort());
    });

    it('gives a member agency that knows neither child placeholders and no child name anywhere, whoever produces it', async () => {
      const m = await closedMeeting(t, p);
      await p.chair.send(APPROVE, { meetingId: m.meetingId, version: 0 });
      await p.chair.send(`mutation($input: AddMinutesAddendumInput!) { addMinutesAddendum(input: $input) { version } }`, {
        input: { meetingId: m.meetingId, body: `Invented: ${m.discussed.name} moved to a foster placement.` },
      });
      for (const session of [p.chair, p.member]) {
        const seq = await lastSeq();
        const res = await produce(session, m.meetingId, p.health, 'MINUTES');
        expect(res.errors).toBeUndefined();
        const pack = res.data!.produceAgencyPack;
        expect(pack.sections.find((s) => s.key === `item:${m.discussed.itemId}`)).toEqual({
          key: `item:${m.discussed.itemId}`,
          heading: 'Restricted item',
          body: 'Your agency has no need to know about this item, and the chair has not shared it.',
        });
        expect(pack.sections.filter((s) => s.heading === 'Restricted item').map((s) => s.key)).toEqual([
          `actions-review:${m.reviewedActionId}`,
          `item:${m.discussed.itemId}`,
          `item:${m.notReached.itemId}`,
        ]);
        const everything = JSON.stringify(pack);
        for (const name of [m.discussed.name, m.notReached.name, m.removed.name]) {
          for (const part of name.split(' ')) expect(everything).not.toContain(part);
        }
        expect(everything).not.toMatch(/return home|visit the school|missing twice|foster/);
        expect(await disclosuresSince(seq)).toEqual([
          expect.objectContaining({ subject_ids: [m.meetingId], recipients: [p.health], actor_user_id: session.id }),
        ]);
      }
    });

    it('includes an item once the chair shared it with the meeting’s attendees', async () => {
      const m = await closedMeeting(t, p);
      await t.dataSource.query(`UPDATE agenda_item SET shared_at = now(), shared_by_user_id = $2 WHERE id = $1`, [m.discussed.itemId, p.chair.id]);
      const seq = await lastSeq();
      const pack = (await produce(p.chair, m.meetingId, p.health, 'MINUTES')).data!.produceAgencyPack;
      expect(pack.sections.find((s) => s.key === `item:${m.discussed.itemId}`)!.heading).toBe(`1. ${m.discussed.name}`);
      expect(pack.sections.find((s) => s.key === `item:${m.notReached.itemId}`)!.heading).toBe('Restricted item');
      expect(pack.sections.find((s) => s.key === 'minutes-status')!.body).toBe('Draft: not yet approved by the chair.');
      expect(JSON.stringify(pack)).not.toContain(m.notReached.name);
      const [event] = await disclosuresSince(seq);
      expect(event).toMatchObject({ recipients: [p.health], subject_ids: [m.meetingId, m.discussed.childId] });
    });

    it('refuses a minutes pack before the meeting closes and a pack for an agency not invited', async () => {
      const m = await closedMeeting(t, p);
      const seq = await lastSeq();
      const early = await produce(p.chair, m.nextMeetingId, p.police, 'MINUTES');
      expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { kind: 'Minutes packs are produced once the meeting has closed' } });
      const stranger = await produce(p.chair, m.meetingId, p.housing, 'MINUTES');
      expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { agencyId: 'Choose an agency invited to this meeting' } });
      expect(await disclosuresSince(seq)).toEqual([]);
    });
  });

  describe('agenda packs', () => {
    it('lists each item with its reasons, presenter, timebox and only the recipient’s own pre-meeting update', async () => {
      const type = await createMeetingType(t.dataSource, { districtId: p.district, coreAgencyIds: [p.police, p.health] });
      const meeting = await createMeeting(t.dataSource, { type, status: MeetingStatus.AGENDA_LOCKED });
      const child = await createChild(t.dataSource, { districtId: p.district, leadAgencyId: p.police, givenName: 'Quentina', familyName: 'Marchbanks' });
      const item = await createAgendaItem(t.dataSource, {
        meetingId: meeting.id,
        childId: child.id,
        reasons: [
          { rule: AgendaRule.REVIEW_DUE, detail: 'Review due 2 December' },
          { rule: AgendaRule.OVERDUE_ACTIONS, detail: '2 overdue actions' },
        ],
      });
      await t.dataSource.query(`UPDATE agenda_item SET presenter_agency_id = $2, presenter_user_id = $3, timebox_minutes = 15 WHERE id = $1`, [
        item.id,
        p.police,
        p.attending.id,
      ]);
      await t.dataSource.query(
        `INSERT INTO agenda_item_update (agenda_item_id, agency_id, user_id, contact_since_last, concerns, child_voice, action_progress)
         VALUES ($1, $2, $3, 'Invented: police visit on Monday', 'Invented: police concern', NULL, 'Invented: police progress'),
                ($1, $4, $5, 'Invented: health contact', 'Invented: health concern', NULL, NULL)`,
        [item.id, p.police, p.attending.id, p.health, p.member.id],
      );
      const [presenterName] = await t.dataSource.query(`SELECT display_name FROM user_account WHERE id = $1`, [p.attending.id]);
      const [policeName] = await t.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [p.police]);

      const seq = await lastSeq();
      const own = await produce(p.attending, meeting.id, p.police, 'AGENDA');
      expect(own.errors).toBeUndefined();
      const pack = own.data!.produceAgencyPack;
      expect(pack.title).toMatch(/^Agenda for Invented Police/);
      expect(pack.sections[0]).toMatchObject({ key: 'meeting', heading: 'Meeting' });
      expect(pack.sections[0].body).toContain('Member agencies: Invented Health');
      expect(pack.sections[1]).toEqual({
        key: `item:${item.id}`,
        heading: '1. Quentina Marchbanks',
        body: [
          'Why it is on the agenda:',
          '- Due for review: Review due 2 December',
          '- Has overdue actions: 2 overdue actions',
          `Presenter: ${policeName.name} (${presenterName.display_name})`,
          'Timebox: 15 minutes',
          'Your agency’s pre-meeting update:',
          'Contact since last time: Invented: police visit on Monday',
          'Concerns: Invented: police concern',
          'Progress on actions: Invented: police progress',
        ].join('\n'),
      });
      expect(JSON.stringify(pack)).not.toContain('health concern');
      expect(await disclosuresSince(seq)).toEqual([
        expect.objectContaining({ subject_ids: [meeting.id, child.id], recipients: [p.police], justification: 'agency pack (agenda, GraphQL)', actor_user_id: p.attending.id }),
      ]);

      const health = (await produce(p.chair, meeting.id, p.health, 'AGENDA')).data!.produceAgencyPack;
      expect(health.sections[1]).toMatchObject({ key: `item:${item.id}`, heading: 'Restricted item' });
      expect(JSON.stringify(health)).not.toMatch(/Quentina|Marchbanks|concern|Review due/);

      const refused = await produce(p.attending, meeting.id, p.health, 'AGENDA');
      expect(GraphQLTestClient.codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0].message).toBe('Only the chair, or a member agency for itself, can produce an agency pack');
    });
  });

  describe('pack PDFs', () => {
    it('downloads as application/pdf with no child name for an uninvolved agency; each download is a DISCLOSURE', async () => {
      const m = await closedMeeting(t, p);
      const seq = await lastSeq();
      const involved = await download(t, `/api/meetings/${m.meetingId}/packs/${p.police}.pdf?kind=MINUTES`, p.chair);
      expect(involved.status).toBe(200);
      expect(involved.headers['content-type']).toBe('application/pdf');
      expect((involved.body as Buffer).subarray(0, 4).toString()).toBe('%PDF');
      expect(pdfText(involved.body as Buffer).join('\n')).toContain(m.discussed.name);

      const uninvolved = await download(t, `/api/meetings/${m.meetingId}/packs/${p.health}.pdf?kind=MINUTES`, p.member);
      expect(uninvolved.status).toBe(200);
      const text = pdfText(uninvolved.body as Buffer).join('\n');
      expect(text).toContain('Restricted item');
      expect(text).toContain('OFFICIAL-SENSITIVE');
      for (const part of [...m.discussed.name.split(' '), ...m.notReached.name.split(' ')]) expect(text).not.toContain(part);

      const events = await disclosuresSince(seq);
      expect(events.map((e) => [e.recipients, e.justification, e.actor_user_id])).toEqual([
        [[p.police], 'agency pack (minutes, PDF)', p.chair.id],
        [[p.health], 'agency pack (minutes, PDF)', p.member.id],
      ]);
    });

    it('refuses what produceAgencyPack refuses, with the matching HTTP status', async () => {
      const m = await closedMeeting(t, p);
      const seq = await lastSeq();
      const path = `/api/meetings/${m.meetingId}/packs/${p.police}.pdf`;
      expect((await download(t, `${path}?kind=MINUTES`, p.nonAttending)).status).toBe(404);
      expect((await download(t, `${path}?kind=MINUTES`, p.otherChair)).status).toBe(404);
      expect((await download(t, `/api/meetings/${randomUUID()}/packs/${p.police}.pdf?kind=MINUTES`, p.chair)).status).toBe(404);
      expect((await download(t, `${path}?kind=MINUTES`, p.member)).status).toBe(403);
      expect((await download(t, `${path}?kind=MINUTES`, p.analyst)).status).toBe(403);
      expect((await download(t, `${path}?kind=MINUTES`)).status).toBe(401);
      const badKind = await download(t, `${path}?kind=NOTES`, p.chair);
      expect(badKind.status).toBe(400);
      expect(JSON.parse((badKind.body as Buffer).toString())).toEqual({ code: 'BAD_USER_INPUT', message: 'There is a problem with the information you entered' });
      expect((await download(t, `/api/meetings/${m.meetingId}/packs/${p.housing}.pdf?kind=MINUTES`, p.chair)).status).toBe(400);
      expect(await disclosuresSince(seq)).toEqual([]);
    });
  });
});
