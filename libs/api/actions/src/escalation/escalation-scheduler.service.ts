import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { AppConfig } from '@mace/api-core';
import { MailOutboxService } from '@mace/api-notifications';
import { EscalationService } from './escalation.service';

export const ESCALATION_INTERVAL_NAME = 'escalation-and-outbox';

/**
 * Every ESCALATION_INTERVAL_MINUTES: tell people about overdue actions, then e-mail whatever
 * notifications are waiting (including the ones just made). Registered through SchedulerRegistry
 * because the interval is a setting, which an @Interval decorator cannot read. A tick never
 * throws (a failure is logged and the next tick tries again), never overlaps the previous one,
 * and shutdown waits for a tick in progress so it does not lose its database under it.
 */
@Injectable()
export class EscalationSchedulerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EscalationSchedulerService.name);
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly escalation: EscalationService,
    private readonly outbox: MailOutboxService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const timer = setInterval(() => void this.tick(), this.config.ESCALATION_INTERVAL_MINUTES * 60_000);
    this.registry.addInterval(ESCALATION_INTERVAL_NAME, timer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.registry.doesExist('interval', ESCALATION_INTERVAL_NAME)) this.registry.deleteInterval(ESCALATION_INTERVAL_NAME);
    await this.running;
  }

  /** One run of the job; resolves when it is done (or at once, if one is already running). */
  tick(): Promise<void> {
    if (this.stopped || this.running) return this.running ?? Promise.resolve();
    this.running = this.runOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runOnce(): Promise<void> {
    try {
      const escalation = await this.escalation.run();
      if (escalation.overdue || escalation.escalated) this.logger.log(escalation, 'Overdue actions notified');
    } catch (error) {
      this.logger.error(errorSummary(error), 'Overdue action escalation failed');
    }
    try {
      if (!this.outbox.enabled) return;
      const mail = await this.outbox.sendPending();
      if (mail.sent || mail.failed) this.logger.log(mail, 'Notification e-mails sent');
    } catch (error) {
      this.logger.error(errorSummary(error), 'Notification e-mail run failed');
    }
  }
}

/** The error's name and code only: database and mail errors can quote values, which may be personal data. */
function errorSummary(error: unknown): { error: string; code?: string } {
  const { name, code } = (error ?? {}) as { name?: string; code?: string };
  return { error: name ?? 'Error', ...(code ? { code } : {}) };
}
