import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { MeetingStatus } from '@mace/shared-domain';
import { LiveMeetingDocument, LiveMeetingItemsDocument, SetCurrentItemDocument, useMeetingEvents } from '@mace/web-data-access';
import { Loading, QueryFailed } from '@mace/web-children';
import { BackLink, NotificationBanner, usePageTitle } from '@mace/web-ui';
import { ChairOnly } from '../common/chair-only.component';
import { ConfidentialityNotice } from '../common/confidentiality-notice.component';
import { AgendaItemStatusTag } from '../common/meeting-status-tag.component';
import type { ChairOverviewState } from './chair-overview.component';
import { ItemSummary } from './item-summary.component';
import { ItemTimerDisplay } from './item-timer.component';
import { adjacentItemId, itemNumber, runningOrder } from './live-agenda';
import { livePath } from './live-paths';
import { ITEM_PLAN } from './live-refetch-plans';
import { OutcomeFormSection } from './outcome-form.component';
import { ShortcutHelp } from './shortcut-help.component';
import { OUTCOME_FORM_ID, useChairShortcuts } from './use-chair-shortcuts.hook';

/** Set when the previous item's outcome was recorded, so this item's page says so once. */
export interface ItemPageState {
  recorded?: string;
}

/** `/meetings/:id/live/items/:itemId`: one item, its summary card and the outcome form, for the chair. */
export function ItemPage() {
  const { id = '', itemId = '' } = useParams();
  const navigate = useNavigate();
  const recorded = (useLocation().state as ItemPageState | null)?.recorded;
  const meetingQuery = useQuery(LiveMeetingDocument, { variables: { id } });
  const itemsQuery = useQuery(LiveMeetingItemsDocument, { variables: { id } });
  const [setCurrentItem] = useMutation(SetCurrentItemDocument);
  const [helpShown, setHelpShown] = useState(false);
  const [errorsShown, setErrorsShown] = useState(false);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const outcomeHeading = useRef<HTMLHeadingElement>(null);
  const announced = useRef<string | null>(null);

  const meeting = meetingQuery.data?.meeting;
  const items = runningOrder(itemsQuery.data?.meeting.agenda ?? []);
  const item = items.find((candidate) => candidate.id === itemId);
  const number = itemNumber(items, itemId);
  const running = meeting?.status === MeetingStatus.IN_PROGRESS && meeting.canManage;
  const previousId = adjacentItemId(items, itemId, -1);
  const nextId = adjacentItemId(items, itemId, 1);

  usePageTitle(item && number ? `Item ${number}: ${item.title}` : 'Agenda item', errorsShown);
  useMeetingEvents(id, undefined, { refetch: ITEM_PLAN, skip: !meeting?.canManage });

  // Opening an item makes it the meeting's current item, so everyone following moves with the chair.
  const currentId = meeting?.currentItem?.id;
  useEffect(() => {
    if (!running || !item || currentId === itemId || announced.current === itemId) return;
    announced.current = itemId;
    void setCurrentItem({ variables: { input: { meetingId: id, itemId } } }).catch(() => {
      announced.current = null;
    });
  }, [running, item, currentId, itemId, id, setCurrentItem]);

  const goTo = (target: string | null) => target && navigate(livePath(id, 'items', target));
  useChairShortcuts({
    enabled: Boolean(meeting?.canManage),
    onNext: () => goTo(nextId),
    onPrevious: () => goTo(previousId),
    onFocusSummary: () => summaryHeading.current?.focus(),
    onFocusOutcome: () => outcomeHeading.current?.focus(),
    onToggleHelp: () => setHelpShown((shown) => !shown),
    onRecordOutcome: () => (document.getElementById(OUTCOME_FORM_ID) as HTMLFormElement | null)?.requestSubmit(),
  });

  const error = meetingQuery.error ?? itemsQuery.error;
  if (error && (!meetingQuery.data || !itemsQuery.data)) return <QueryFailed error={error} what="Meeting" />;
  if (!meeting || !itemsQuery.data) return <Loading />;
  if (!meeting.canManage) return <ChairOnly meetingId={id} what="record outcomes" />;
  if (!item || !number) return <QueryFailed error={null} what="Agenda item" />;

  function recordedThenNext() {
    const state: ItemPageState & ChairOverviewState = nextId ? { recorded: `Outcome recorded for item ${number}` } : { done: `Outcome recorded for item ${number}. That was the last item.` };
    navigate(nextId ? livePath(id, 'items', nextId) : livePath(id), { state });
  }

  return (
    <>
      <a href="#outcome" className="govuk-skip-link" onClick={focusById('outcome')}>
        Skip to the outcome form
      </a>
      <a href="#summary" className="govuk-skip-link" onClick={focusById('summary')}>
        Skip to the summary
      </a>
      <BackLink to={livePath(id)}>Back to the meeting</BackLink>
      {recorded && <NotificationBanner type="success" heading={recorded} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">
            {meeting.title}: item {number} of {items.length}
          </span>
          <h1 className="govuk-heading-l">{item.title}</h1>
          <p className="govuk-body">
            <AgendaItemStatusTag status={item.status} current={meeting.currentItem?.id === item.id} />
          </p>
          <ItemTimerDisplay discussionStartedAt={item.discussionStartedAt} timeboxMinutes={item.timeboxMinutes} />
          <nav aria-label="Items" className="govuk-body">
            {previousId && (
              <Link to={livePath(id, 'items', previousId)} className="govuk-link govuk-!-margin-right-4">
                Previous item
              </Link>
            )}
            {nextId ? (
              <Link to={livePath(id, 'items', nextId)} className="govuk-link govuk-!-margin-right-4">
                Next item
              </Link>
            ) : (
              <Link to={livePath(id, 'close')} className="govuk-link govuk-!-margin-right-4">
                Close the meeting
              </Link>
            )}
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => setHelpShown((shown) => !shown)}>
              Keyboard shortcuts
            </button>
          </nav>
          {helpShown && <ShortcutHelp onClose={() => setHelpShown(false)} />}

          {item.visibility === 'NEEDS_CONFIDENTIALITY' && <ConfidentialityNotice meetingId={id} />}
          {item.visibility === 'RESTRICTED' && <p className="govuk-body">{item.restrictedNote ?? 'Restricted item'}</p>}
          {item.visibility === 'FULL' && (
            <>
              <ItemSummary item={item} ref={summaryHeading} />
              {running ? (
                <OutcomeFormSection
                  // A new item is a new form; typed text survives refetches of the same item.
                  key={item.id}
                  ref={outcomeHeading}
                  meetingId={id}
                  itemId={item.id}
                  outcome={item.outcome}
                  agencies={meeting.members.map((member) => member.agency)}
                  onRecorded={recordedThenNext}
                  onErrorsShown={setErrorsShown}
                />
              ) : (
                <p className="govuk-body" id="outcome" tabIndex={-1} ref={outcomeHeading}>
                  Outcomes are recorded while the meeting is in progress.
                </p>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** Skip links focus their heading themselves: a bare fragment link would push a history entry in the SPA. */
function focusById(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
}
