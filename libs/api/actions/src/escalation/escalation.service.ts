import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@mace/api-core';
import { addDays, todayInLondon } from '@mace/api-children';
import { NotificationService } from '@mace/api-notifications';
import { AuditSubjectType, NotificationKind, UNFINISHED_ACTION_STATUSES } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

export interface EscalationResult {
  /** Actions whose owner agency was told they are overdue. */
  overdue: number;
  /** Actions taken to the district's chairs. */
  escalated: number;
  /** Notifications created for them. */
  notifications: number;
}

interface DueActionRow {
  id: string;
  owner_agency_id: string;
  district_id: string;
  due_on: string;
}

/**
 * Tells people about overdue actions: the owner agency once an action is overdue, the district's
 * chairs once it is ESCALATE_TO_CHAIR_AFTER_DAYS overdue. Overdue itself stays derived from the
 * due date; overdue_notified_on and escalated_on only record that people were told, so a rerun
 * tells nobody twice. They count for the due date they were set under: once a chair moves the due
 * date, the action is told about afresh if it falls overdue again (and the dedupe key carries the
 * due date for the same reason).
 */
@Injectable()
export class EscalationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly config: AppConfig,
  ) {}

  run(now: Date = new Date()): Promise<EscalationResult> {
    // "Today" is the London date, computed here rather than by the database, whose zone may differ.
    const today = todayInLondon(now);
    const escalateOnOrBefore = addDays(today, -this.config.ESCALATE_TO_CHAIR_AFTER_DAYS);
    return this.dataSource.transaction(async (manager) => {
      const result: EscalationResult = { overdue: 0, escalated: 0, notifications: 0 };
      for (const action of await this.due(manager, 'overdue_notified_on', addDays(today, -1))) {
        result.overdue += 1;
        result.notifications += await this.notifications.notify(
          manager,
          { agencyIds: [action.owner_agency_id] },
          {
            kind: NotificationKind.ACTION_OVERDUE,
            subjectType: AuditSubjectType.ACTION,
            subjectId: action.id,
            message: 'An action for your agency is overdue',
            link: `/actions/${action.id}`,
            dedupeKey: `overdue:${action.id}:${action.due_on}`,
          },
        );
        await manager.query(`UPDATE action SET overdue_notified_on = $2 WHERE id = $1`, [action.id, today]);
      }
      for (const action of await this.due(manager, 'escalated_on', escalateOnOrBefore)) {
        result.escalated += 1;
        result.notifications += await this.notifications.notify(
          manager,
          { chairsOfDistrictIds: [action.district_id] },
          {
            kind: NotificationKind.ACTION_ESCALATED,
            subjectType: AuditSubjectType.ACTION,
            subjectId: action.id,
            message: 'An overdue action in your district needs attention',
            link: `/actions/${action.id}`,
            dedupeKey: `escalated:${action.id}:${action.due_on}`,
          },
        );
        await manager.query(`UPDATE action SET escalated_on = $2 WHERE id = $1`, [action.id, today]);
      }
      return result;
    });
  }

  /**
   * Unfinished actions due on or before `dueOnOrBefore` whose people have not been told under their
   * current due date. Rows another transaction is changing are skipped (SKIP LOCKED) and picked up
   * by the next run, so the job neither waits on a user's edit nor races another API replica.
   * The bookkeeping columns are not version-bumped: they are not part of what users edit.
   */
  private due(
    manager: EntityManager,
    told: 'overdue_notified_on' | 'escalated_on',
    dueOnOrBefore: string,
  ): Promise<DueActionRow[]> {
    return manager.query(
      `SELECT id, owner_agency_id, district_id, due_on::text AS due_on FROM action
       WHERE status = ANY($1) AND due_on <= $2::date AND (${told} IS NULL OR ${told} <= due_on)
       ORDER BY due_on, id
       FOR UPDATE SKIP LOCKED`,
      [[...UNFINISHED_ACTION_STATUSES], dueOnOrBefore],
    );
  }
}
