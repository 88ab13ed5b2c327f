import { ACTION_STATUS_LABELS, ActionStatus } from '@mace/shared-domain';
import { Tag, type TagColour } from '@mace/web-ui';

const COLOURS: Record<ActionStatus, TagColour> = {
  [ActionStatus.OPEN]: 'blue',
  [ActionStatus.IN_PROGRESS]: 'light-blue',
  [ActionStatus.DONE]: 'green',
  [ActionStatus.NOT_POSSIBLE]: 'yellow',
  [ActionStatus.NOT_DONE]: 'red',
  [ActionStatus.CANCELLED]: 'grey',
};

/** An action's status as a tag; the text says the status, the colour only repeats it. */
export function ActionStatusTag({ status }: { status: ActionStatus }) {
  return <Tag colour={COLOURS[status]}>{ACTION_STATUS_LABELS[status]}</Tag>;
}

/** "Overdue by 3 days", from the API's derived figure (Europe/London days). */
export function OverdueTag({ days }: { days: number }) {
  return <Tag colour="red">{`Overdue by ${days} ${days === 1 ? 'day' : 'days'}`}</Tag>;
}

/** The status, and the overdue tag when the action is overdue. */
export function ActionTags({ action }: { action: { status: ActionStatus; overdue: boolean; daysOverdue: number } }) {
  return (
    <>
      <ActionStatusTag status={action.status} />
      {action.overdue && (
        <>
          {' '}
          <OverdueTag days={action.daysOverdue} />
        </>
      )}
    </>
  );
}
