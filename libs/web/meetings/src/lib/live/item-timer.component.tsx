import { itemTimer } from './item-timer';
import { useNow } from './use-now.hook';

/**
 * Minutes spent on the item against its timebox. Over time, it says so in words and with a calm
 * inset border: a prompt for the chair, not an alarm. Not a live region, so it does not chatter.
 */
export function ItemTimerDisplay({ discussionStartedAt, timeboxMinutes }: { discussionStartedAt: string | null; timeboxMinutes: number }) {
  const now = useNow();
  const timer = itemTimer(discussionStartedAt, timeboxMinutes, now);
  if (!timer) return <p className="govuk-body">Timebox: {timeboxMinutes} minutes. The timer starts when the item opens.</p>;
  return (
    <p className={timer.over ? 'govuk-inset-text govuk-!-margin-top-0' : 'govuk-body'}>
      <span className="govuk-!-font-weight-bold">Time on this item:</span> {timer.text}
    </p>
  );
}
