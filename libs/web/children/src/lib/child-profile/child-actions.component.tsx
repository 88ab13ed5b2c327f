import { Link } from 'react-router';
import { Permission } from '@mace/shared-domain';
import type { ActionSummaryFragment } from '@mace/web-data-access';
import { useHasPermission } from '@mace/web-shell';
import { ActionTags } from '../common/action-tags.component';
import { formatDate } from '../common/format-date';

export interface ChildActionsProps {
  childId: string;
  /** The actions on the child the caller may see, due soonest first (as the API orders them). */
  actions: readonly ActionSummaryFragment[];
}

/** The child's actions with their owners, due dates and status, and "Set an action" for those who may. */
export function ChildActions({ childId, actions }: ChildActionsProps) {
  const has = useHasPermission();
  return (
    <>
      <h2 className="govuk-heading-m">Actions</h2>
      {actions.length === 0 ? (
        <p className="govuk-body">No actions set.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Actions on this child, due soonest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Action</th>
              <th scope="col" className="govuk-table__header">Owner</th>
              <th scope="col" className="govuk-table__header">Due</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {actions.map((action) => (
              <tr className="govuk-table__row" key={action.id}>
                <td className="govuk-table__cell">
                  <Link to={`/actions/${action.id}`} className="govuk-link">
                    {action.description}
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  {action.ownerAgency.name}
                  {action.ownerName && <span className="govuk-hint govuk-!-margin-bottom-0">{action.ownerName}</span>}
                </td>
                <td className="govuk-table__cell">{formatDate(action.dueOn)}</td>
                <td className="govuk-table__cell">
                  <ActionTags action={action} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {has(Permission.ACTION_CREATE) && (
        <p className="govuk-body">
          <Link to={`/children/${childId}/actions/new`} className="govuk-link">
            Set an action
          </Link>
        </p>
      )}
    </>
  );
}
