import { ActionStatus, UNFINISHED_ACTION_STATUSES } from '@mace/shared-domain';

/**
 * The one rule for "overdue": an action still open or in progress whose due date is before today
 * on the Europe/London calendar. Never stored; `today` comes from `todayInLondon(now)`, so a test
 * (or the escalation job) can ask about any instant. SQL uses `overdueSql`, which states the same
 * rule with today passed in as a parameter, never `now()`.
 */
export function isOverdue(dueOn: string, status: ActionStatus, today: string): boolean {
  return UNFINISHED_ACTION_STATUSES.includes(status) && dueOn < today;
}

/** Whole days since the due date for an overdue action (due yesterday: 1), otherwise 0. */
export function daysOverdue(dueOn: string, status: ActionStatus, today: string): number {
  if (!isOverdue(dueOn, status, today)) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000);
}

/**
 * `isOverdue` as an SQL predicate over the action alias `a`, comparing with the parameter named
 * `todayParam` (e.g. `$3` or `:today`) that carries `todayInLondon()`.
 */
export function overdueSql(todayParam: string, alias = 'a'): string {
  return `(${unfinishedSql(alias)} AND ${alias}.due_on < ${todayParam})`;
}

/** Open or in progress, as an SQL predicate over the action alias. */
export function unfinishedSql(alias = 'a'): string {
  return `${alias}.status IN (${UNFINISHED_ACTION_STATUSES.map((status) => `'${status}'`).join(', ')})`;
}
