import type { ReactNode } from 'react';
import { ConflictSummary } from '@mace/web-actions';
import { errorSummaryOf, type FieldErrors } from '@mace/web-children';
import type { MeetingOverviewFragment } from '@mace/web-data-access';
import { BackLink, ErrorSummary, usePageTitle } from '@mace/web-ui';
import { MeetingCaption } from '../common/meeting-caption.component';
import { MeetingLoader, useItemId } from '../common/meeting-loader.component';
import { agendaPath } from '../common/meeting-paths';
import { CONFLICT } from '@mace/web-data-access';

export interface AgendaFormLayoutProps {
  meeting: { id: string; title: string };
  title: string;
  errors: FieldErrors;
  /** Field → input id, in page order, for the error summary's links. */
  order: readonly (readonly [string, string])[];
  /** Back to the chair's agenda unless said otherwise. */
  back?: string;
  children: ReactNode;
}

/** The frame of each agenda editing page: back link, conflict or error summary, caption and heading. */
export function AgendaFormLayout({ meeting, title, errors, order, back, children }: AgendaFormLayoutProps) {
  const summary = errors[CONFLICT] ? [] : errorSummaryOf(errors, order);
  usePageTitle(title, summary.length > 0 || Boolean(errors[CONFLICT]));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={back ?? agendaPath(meeting.id)}>Back</BackLink>
        {errors[CONFLICT] && (
          <ConflictSummary title="Someone else changed this">It changed while you were reading it, and your change has not been saved.</ConflictSummary>
        )}
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        <MeetingCaption meeting={meeting} />
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  );
}

type Item = MeetingOverviewFragment['agenda'][number];

/** Loads the meeting and the agenda item named in the address; a chair-only page says so to others. */
export function AgendaItemLoader({ children }: { children: (meeting: MeetingOverviewFragment, item: Item) => ReactNode }) {
  const itemId = useItemId();
  return (
    <MeetingLoader>
      {(meeting) => {
        const item = meeting.agenda.find((row) => row.id === itemId);
        return item ? children(meeting, item) : <ItemNotFound meeting={meeting} />;
      }}
    </MeetingLoader>
  );
}

function ItemNotFound({ meeting }: { meeting: MeetingOverviewFragment }) {
  usePageTitle('Agenda item not found');
  return (
    <>
      <BackLink to={agendaPath(meeting.id)}>Back</BackLink>
      <h1 className="govuk-heading-l">Agenda item not found</h1>
      <p className="govuk-body">It is no longer on the agenda of {meeting.title}, or you are not allowed to see it.</p>
    </>
  );
}
