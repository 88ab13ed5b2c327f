import { overdueSql } from '../overdue/overdue';

/**
 * The first key of the DUE_SOONEST order over alias `a`: 0 for overdue actions, 1 for the rest,
 * so the overdue come first; the due date and the id follow it.
 */
export function dueSoonestSql(todayParam: string): string {
  return `(CASE WHEN ${overdueSql(todayParam)} THEN 0 ELSE 1 END)`;
}
