import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@mace/api-core';
import { NotificationKind } from '@mace/shared-domain';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { composeNotificationEmail } from './notification-email';

/** Only recent notifications are e-mailed, so switching e-mail on later does not flood people with old news. */
const OUTBOX_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Notifications claimed per round; rounds repeat while full ones go out cleanly. */
const BATCH_SIZE = 100;
/** A mail server that stops answering must not hold the job for the library's default minutes. */
const SMTP_TIMEOUT_MS = 20_000;

/** Nodemailer's codes for failing to reach or talk to the server at all (as opposed to refusing one message). */
const CONNECTION_ERRORS = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'EPROTOCOL']);

interface ClaimedRow {
  id: string;
  kind: NotificationKind;
  message: string;
  link: string;
  email: string;
}

export interface OutboxResult {
  sent: number;
  failed: number;
}

/**
 * Sends notifications by e-mail when SMTP_URL is set; the notification rows are the outbox
 * (emailed_at null = not yet sent). Rows are claimed by setting emailed_at before sending, under
 * SKIP LOCKED, so two API replicas never send the same one; a failed send clears the claim and the
 * next run tries again. The cost is that a process dying mid-send loses that e-mail, never the
 * in-app notification.
 */
@Injectable()
export class MailOutboxService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailOutboxService.name);
  private transport: Transporter | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.SMTP_URL);
  }

  async sendPending(now: Date = new Date()): Promise<OutboxResult> {
    const result: OutboxResult = { sent: 0, failed: 0 };
    if (!this.config.SMTP_URL) return result;
    for (;;) {
      const batch = await this.claim(now);
      for (const [index, row] of batch.entries()) {
        const outcome = await this.send(row);
        if (outcome === 'sent') {
          result.sent += 1;
          continue;
        }
        result.failed += 1;
        // Without a server to talk to, the rest of the batch would only fail (slowly) too.
        if (outcome === 'unreachable') {
          await this.release(batch.slice(index + 1));
          return result;
        }
      }
      // After a refusal, end the run rather than claim the refused rows again at once.
      if (batch.length < BATCH_SIZE || result.failed > 0) return result;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** Pending notifications of active users from the last 24 hours, marked as sent at `now`. */
  private claim(now: Date): Promise<ClaimedRow[]> {
    // A SELECT around the UPDATE, so the driver answers with the rows (a bare UPDATE answers with a count too).
    return this.dataSource.query(
      `WITH claimed AS (
         UPDATE notification SET emailed_at = $2
         WHERE id IN (
           SELECT p.id FROM notification p JOIN user_account pu ON pu.id = p.user_id
           WHERE p.emailed_at IS NULL AND p.created_at >= $1 AND p.created_at <= $2 AND pu.active
           ORDER BY p.created_at, p.id
           LIMIT $3
           FOR UPDATE OF p SKIP LOCKED)
         RETURNING id, user_id, kind, message, link, created_at)
       SELECT c.id, c.kind, c.message, c.link, u.email FROM claimed c JOIN user_account u ON u.id = c.user_id
       ORDER BY c.created_at, c.id`,
      [new Date(now.getTime() - OUTBOX_WINDOW_MS), now, BATCH_SIZE],
    );
  }

  /** 'refused': the server turned this message down; 'unreachable': no usable server at all. */
  private async send(row: ClaimedRow): Promise<'sent' | 'refused' | 'unreachable'> {
    try {
      const email = composeNotificationEmail(row, this.config.PUBLIC_BASE_URL);
      await this.mailer().sendMail({ from: this.config.SMTP_FROM, to: row.email, subject: email.subject, text: email.text });
      return 'sent';
    } catch (error) {
      await this.release([row]);
      // The library's message may quote the recipient; log only its codes, never the address.
      const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
      this.logger.warn({ notificationId: row.id, code, responseCode }, 'Notification e-mail not sent; it will be retried');
      return code && CONNECTION_ERRORS.has(code) ? 'unreachable' : 'refused';
    }
  }

  /** Give claimed rows back to the outbox for the next run. */
  private async release(rows: readonly ClaimedRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.query(`UPDATE notification SET emailed_at = NULL WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.id)]);
  }

  private mailer(): Transporter {
    this.transport ??= createTransport({
      url: this.config.SMTP_URL,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    });
    return this.transport;
  }
}
