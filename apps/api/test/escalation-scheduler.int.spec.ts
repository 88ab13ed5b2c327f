import { Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ESCALATION_INTERVAL_NAME, EscalationSchedulerService, EscalationService } from '@mace/api-actions';
import { MailOutboxService } from '@mace/api-notifications';
import { startTestApp, TestApp } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

describe('escalation scheduler: the job runs on the configured interval and never brings the API down', () => {
  let t: TestApp;
  let scheduler: EscalationSchedulerService;
  let registry: SchedulerRegistry;

  beforeAll(async () => {
    t = await startTestApp(createApiApp, { ESCALATION_INTERVAL_MINUTES: '7' });
    scheduler = t.app.get(EscalationSchedulerService);
    registry = t.app.get(SchedulerRegistry);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('registers one interval of ESCALATION_INTERVAL_MINUTES', () => {
    expect(registry.getIntervals()).toEqual([ESCALATION_INTERVAL_NAME]);
    const timer = registry.getInterval<NodeJS.Timeout & { _idleTimeout: number }>(ESCALATION_INTERVAL_NAME);
    expect(timer._idleTimeout).toBe(7 * 60_000);
  });

  it('runs the escalation, then the e-mail outbox', async () => {
    const order: string[] = [];
    jest.spyOn(t.app.get(EscalationService), 'run').mockImplementation(async () => {
      order.push('escalation');
      return { overdue: 0, escalated: 0, notifications: 0 };
    });
    const outbox = t.app.get(MailOutboxService);
    jest.spyOn(outbox, 'enabled', 'get').mockReturnValue(true);
    jest.spyOn(outbox, 'sendPending').mockImplementation(async () => {
      order.push('outbox');
      return { sent: 0, failed: 0 };
    });
    await scheduler.tick();
    expect(order).toEqual(['escalation', 'outbox']);
  });

  it('logs a failing run without its message (which may quote data) and still sends the e-mail', async () => {
    jest.spyOn(t.app.get(EscalationService), 'run').mockRejectedValue(Object.assign(new Error('value "Zephyrine" broke'), { code: '23514' }));
    const outbox = t.app.get(MailOutboxService);
    jest.spyOn(outbox, 'enabled', 'get').mockReturnValue(true);
    const send = jest.spyOn(outbox, 'sendPending').mockRejectedValue(new Error('connection lost'));
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);

    await expect(scheduler.tick()).resolves.toBeUndefined();

    expect(send).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(2);
    expect(error.mock.calls[0]).toEqual([{ error: 'Error', code: '23514' }, 'Overdue action escalation failed']);
    expect(JSON.stringify(error.mock.calls)).not.toContain('Zephyrine');
  });

  it('does not start a run while the previous one is still going', async () => {
    let finish: () => void = () => undefined;
    const run = jest.spyOn(t.app.get(EscalationService), 'run').mockImplementation(
      () => new Promise((resolve) => (finish = () => resolve({ overdue: 0, escalated: 0, notifications: 0 }))),
    );
    const first = scheduler.tick();
    const second = scheduler.tick();
    finish();
    await Promise.all([first, second]);
    expect(run).toHaveBeenCalledTimes(1);
    // Once it has finished, the next tick runs again.
    const third = scheduler.tick();
    finish();
    await third;
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe('escalation scheduler at shutdown', () => {
  it('clears its interval and waits for a run in progress before the database closes', async () => {
    const t = await startTestApp(createApiApp);
    const registry = t.app.get(SchedulerRegistry);
    const scheduler = t.app.get(EscalationSchedulerService);
    let finished = false;
    jest.spyOn(t.app.get(EscalationService), 'run').mockImplementation(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Still able to reach the database: shutdown has waited for this run.
      await t.dataSource.query('SELECT 1');
      finished = true;
      return { overdue: 0, escalated: 0, notifications: 0 };
    });
    const running = scheduler.tick();
    await t.close();
    expect(finished).toBe(true);
    await running;
    expect(registry.getIntervals()).toEqual([]);
    // A tick after shutdown does nothing.
    await scheduler.tick();
    expect(t.app.get(EscalationService).run).toHaveBeenCalledTimes(1);
  });
});
