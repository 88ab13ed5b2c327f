import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { ACTION_CATEGORY_LABELS, ACTION_STATUS_LABELS, ActionSource, ActionStatus } from '@mace/shared-domain';
import { ActionDocument, type ActionDetailFragment } from '@mace/web-data-access';
import { ActionTags, formatDate, formatDateTime, Loading, QueryFailed } from '@mace/web-children';
import { BackLink, NotificationBanner, SummaryList, Timeline, usePageTitle } from '@mace/web-ui';
import { isUnfinished } from '../common/status-choice';
import { ActionUpdateForm } from './action-update-form.component';

/** Set by the update form when it saved, so the page says so once. */
export interface ActionPageState {
  saved?: string;
}

export function ActionPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(ActionDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error) return <QueryFailed error={error} what="Action" />;
  if (loading && !data) return <Loading />;
  if (!data) return <Loading />;
  return <ActionView action={data.action} />;
}

function ActionView({ action }: { action: ActionDetailFragment }) {
  usePageTitle(`Action for ${action.child.fullName}`);
  const saved = (useLocation().state as ActionPageState | null)?.saved;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/actions">Back to actions</BackLink>
        {saved && <NotificationBanner type="success" heading={saved} />}
        <span className="govuk-caption-l">
          Action for{' '}
          <Link to={`/children/${action.child.id}`} className="govuk-link">
            {action.child.fullName}
          </Link>
        </span>
        <h1 className="govuk-heading-l app-pre-line">{action.description}</h1>
        <p className="govuk-body">
          <ActionTags action={action} />
        </p>

        <SummaryList
          rows={[
            { key: 'Child', value: `${action.child.fullName}, ${action.child.district.name}` },
            { key: 'Category', value: ACTION_CATEGORY_LABELS[action.category] },
            { key: 'Owner agency', value: action.ownerAgency.name },
            { key: 'Owner', value: action.ownerName ?? 'No one named' },
            { key: 'Due', value: formatDate(action.dueOn) },
            { key: 'Status', value: ACTION_STATUS_LABELS[action.status] },
            ...(action.outcomeNote ? [{ key: 'Outcome', value: <span className="app-pre-line">{action.outcomeNote}</span> }] : []),
            ...(action.statusReason ? [{ key: 'Reason', value: <span className="app-pre-line">{action.statusReason}</span> }] : []),
            ...(action.completedAt ? [{ key: 'Finished', value: formatDateTime(action.completedAt) }] : []),
            {
              key: 'Set',
              value: `${formatDateTime(action.createdAt)} by ${action.raisedBy}, ${action.raisedByAgencyName}${
                action.source === ActionSource.MEETING ? ', at a MACE meeting' : ', outside a meeting'
              }`,
            },
          ]}
        />

        {/* A new version (saved here or elsewhere) starts an empty form. */}
        {action.canUpdate && isUnfinished(action.status) && <ActionUpdateForm key={action.version} action={action} />}
        {action.canUpdate && !isUnfinished(action.status) && (
          <p className="govuk-body">This action is finished ({ACTION_STATUS_LABELS[action.status].toLowerCase()}), so it cannot change again.</p>
        )}

        <h2 className="govuk-heading-m">Updates</h2>
        {action.updates.length === 0 ? (
          <p className="govuk-body">No updates yet.</p>
        ) : (
          <Timeline
            // The API lists the log oldest first; the timeline reads newest first, as the chronology does.
            items={[...action.updates].reverse().map((update) => ({
              id: update.id,
              title: updateTitle(update.fromStatus ?? null, update.toStatus),
              byline: `${update.by}, ${update.agencyName}`,
              dateTime: update.at,
              dateText: formatDateTime(update.at),
              description: update.note ? <p className="govuk-body app-pre-line">{update.note}</p> : undefined,
            }))}
          />
        )}
      </div>
    </div>
  );
}

function updateTitle(from: ActionStatus | null, to: ActionStatus): string {
  if (!from) return `Set: ${ACTION_STATUS_LABELS[to]}`;
  if (from === to) return 'Progress logged';
  return `${ACTION_STATUS_LABELS[from]} to ${ACTION_STATUS_LABELS[to].toLowerCase()}`;
}
