import { Logger } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ActionStatus, Role } from '@mace/shared-domain';
import { addDays, todayInLondon } from '@mace/api-children';
import { EscalationSchedulerService, EscalationService } from '@mace/api-actions';
import { MailOutboxService } from '@mace/api-notifications';
import {
  createAgency,
  createChild,
  createDistrict,
  createUser,
  insertActionRow,
  startTestApp,
  TestApp,
  TestUser,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

/** Invented, distinctive strings: none may reach an e-mail. */
const GIVEN_NAME = 'Zephyrine';
const FAMILY_NAME = 'Quillfeather';
const DATE_OF_BIRTH = '2012-03-27';
const DESCRIPTION = 'Arrange a visit to the Marblewick allotment with the Oakhollow youth worker';
const PERSONAL = [GIVEN_NAME, FAMILY_NAME, DATE_OF_BIRTH, '27/03/2012', 'Marblewick', 'Oakhollow'];

const PUBLIC_BASE_URL = 'https://mace.example.test/';

interface Captured {
  from: string;
  to: string[];
  raw: string;
  /** The message with quoted-printable soft breaks and escapes undone. */
  decoded: string;
}

/** An SMTP server in the test process that keeps what it receives, or refuses it while `refusing`. */
class TestMailServer {
  readonly received: Captured[] = [];
  refusing = false;
  private server: SMTPServer | undefined;

  /** Listens on `port` (by default a free one) and answers the port. A stopped server cannot restart: start makes a new one. */
  async start(port = 0): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        let raw = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => (raw += chunk));
        stream.on('end', () => {
          if (this.refusing) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
          this.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            decoded: raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.server = server;
    return (server.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

describe('notification e-mail through SMTP', () => {
  const mail = new TestMailServer();
  let t: TestApp;
  let port: number;
  let outbox: MailOutboxService;
  let districtId: string;
  let childId: string;
  let ownerAgencyId: string;
  let owner: TestUser;
  let colleague: TestUser;
  let chair: TestUser;

  beforeAll(async () => {
    port = await mail.start();
    t = await startTestApp(createApiApp, {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      SMTP_FROM: 'MACE test <no-reply@mace.example.test>',
      PUBLIC_BASE_URL,
      ESCALATE_TO_CHAIR_AFTER_DAYS: '3',
    });
    outbox = t.app.get(MailOutboxService);
    districtId = (await createDistrict(t.dataSource)).id;
    ownerAgencyId = (await createAgency(t.dataSource, { districtId })).id;
    owner = await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: ownerAgencyId, districtIds: [districtId] });
    colleague = await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId: ownerAgencyId, districtIds: [districtId] });
    const chairAgencyId = (await createAgency(t.dataSource, { districtId })).id;
    chair = await createUser(t.dataSource, { roles: [Role.MACE_CHAIR], agencyId: chairAgencyId, districtIds: [districtId] });
    childId = (
      await createChild(t.dataSource, {
        districtId,
        givenName: GIVEN_NAME,
        familyName: FAMILY_NAME,
        dateOfBirth: DATE_OF_BIRTH,
        aliases: [`${GIVEN_NAME} ${FAMILY_NAME}`],
        leadAgencyId: ownerAgencyId,
      })
    ).id;
  });
  afterAll(async () => {
    await t?.close();
    await mail.stop();
  });

  beforeEach(async () => {
    mail.received.length = 0;
    mail.refusing = false;
    await t.dataSource.query(`DELETE FROM notification`);
    await t.dataSource.query(`DELETE FROM action`);
  });

  /** An overdue action about the invented child, and the job run that tells people about it. */
  async function overdueAction(daysOverdue: number): Promise<string> {
    const id = await insertActionRow(t.dataSource, {
      childId,
      districtId,
      ownerAgencyId,
      raisedByUserId: chair.id,
      dueOn: addDays(todayInLondon(), -daysOverdue),
      status: ActionStatus.IN_PROGRESS,
      description: DESCRIPTION,
    });
    await t.app.get(EscalationService).run();
    return id;
  }

  async function pending(): Promise<number> {
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM notification WHERE emailed_at IS NULL`);
    return count;
  }

  it('sends each notification to its user’s address: the message and a link, no personal data', async () => {
    const actionId = await overdueAction(5);

    expect(await outbox.sendPending()).toEqual({ sent: 3, failed: 0 });

    expect(mail.received.map((m) => m.to).sort()).toEqual([[owner.email], [colleague.email], [chair.email]].sort());
    const link = `https://mace.example.test/actions/${actionId}`;
    for (const message of mail.received) {
      expect(message.from).toBe('no-reply@mace.example.test');
      expect(message.decoded).toContain(link);
      expect(message.decoded).not.toContain('test//actions');
      for (const text of PERSONAL) expect(message.raw).not.toContain(text);
      for (const text of PERSONAL) expect(message.decoded).not.toContain(text);
    }
    const toOwner = mail.received.find((m) => m.to[0] === owner.email)!;
    expect(toOwner.decoded).toContain('Subject: MACE case coordination: Action overdue');
    expect(toOwner.decoded).toContain(`An action for your agency is overdue\r\n\r\n${link}`);
    const toChair = mail.received.find((m) => m.to[0] === chair.email)!;
    expect(toChair.decoded).toContain('Subject: MACE case coordination: Overdue action escalated to the chair');
    expect(toChair.decoded).toContain(`An overdue action in your district needs attention\r\n\r\n${link}`);

    // Each is sent once.
    expect(await pending()).toBe(0);
    expect(await outbox.sendPending()).toEqual({ sent: 0, failed: 0 });
    expect(mail.received).toHaveLength(3);
  });

  it('does not e-mail notifications older than a day (e-mail switched on later floods nobody)', async () => {
    await overdueAction(1);
    await t.dataSource.query(`UPDATE notification SET created_at = now() - interval '25 hours' WHERE user_id = $1`, [owner.id]);

    expect(await outbox.sendPending()).toEqual({ sent: 1, failed: 0 });
    expect(mail.received.map((m) => m.to)).toEqual([[colleague.email]]);
    const [row] = await t.dataSource.query(`SELECT emailed_at FROM notification WHERE user_id = $1`, [owner.id]);
    expect(row.emailed_at).toBeNull();
  });

  it('leaves refused e-mails unsent for the next run, and logs them without the address', async () => {
    await overdueAction(1);
    mail.refusing = true;
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      expect(await outbox.sendPending()).toEqual({ sent: 0, failed: 2 });
      expect(warn).toHaveBeenCalledTimes(2);
      const logged = JSON.stringify(warn.mock.calls);
      expect(logged).toContain('retried');
      for (const user of [owner, colleague]) expect(logged).not.toContain(user.email);
    } finally {
      warn.mockRestore();
    }
    expect(await pending()).toBe(2);
    expect(mail.received).toEqual([]);

    mail.refusing = false;
    expect(await outbox.sendPending()).toEqual({ sent: 2, failed: 0 });
    expect(await pending()).toBe(0);
  });

  it('stops at the first e-mail when the server cannot be reached, and sends them all once it is back', async () => {
    await overdueAction(1);
    await mail.stop();
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      expect(await outbox.sendPending()).toEqual({ sent: 0, failed: 1 });
    } finally {
      warn.mockRestore();
      await mail.start(port);
    }
    expect(await pending()).toBe(2);
    expect(await outbox.sendPending()).toEqual({ sent: 2, failed: 0 });
  });

  it('one scheduler tick tells people about overdue actions and e-mails them', async () => {
    const actionId = await insertActionRow(t.dataSource, {
      childId,
      districtId,
      ownerAgencyId,
      raisedByUserId: chair.id,
      dueOn: addDays(todayInLondon(), -1),
      description: DESCRIPTION,
    });
    await t.app.get(EscalationSchedulerService).tick();
    expect(mail.received.map((m) => m.to[0]).sort()).toEqual([owner.email, colleague.email].sort());
    expect(mail.received[0].decoded).toContain(`/actions/${actionId}`);
  });
});

describe('notification e-mail without SMTP_URL', () => {
  const mail = new TestMailServer();
  let t: TestApp;

  beforeAll(async () => {
    await mail.start();
    t = await startTestApp(createApiApp, { SMTP_URL: '' });
  });
  afterAll(async () => {
    await t?.close();
    await mail.stop();
  });

  it('sends nothing and leaves the notifications as they are', async () => {
    const districtId = (await createDistrict(t.dataSource)).id;
    const agencyId = (await createAgency(t.dataSource, { districtId })).id;
    const user = await createUser(t.dataSource, { roles: [Role.AGENCY_PRACTITIONER], agencyId, districtIds: [districtId] });
    const childId = (await createChild(t.dataSource, { districtId, leadAgencyId: agencyId })).id;
    await insertActionRow(t.dataSource, { childId, districtId, ownerAgencyId: agencyId, raisedByUserId: user.id, dueOn: addDays(todayInLondon(), -1) });
    await t.app.get(EscalationService).run();

    const outbox = t.app.get(MailOutboxService);
    expect(outbox.enabled).toBe(false);
    expect(await outbox.sendPending()).toEqual({ sent: 0, failed: 0 });
    const rows = await t.dataSource.query(`SELECT emailed_at FROM notification`);
    expect(rows).toEqual([{ emailed_at: null }]);
    expect(mail.received).toEqual([]);
  });
});
