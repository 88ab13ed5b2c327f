import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorCode, MinutesStatus } from '@mace/shared-domain';
import {
  AddMinutesAddendumDocument,
  MeetingMinutesPageDocument,
  readApiError,
  SaveMinutesDocument,
  useMeetingEvents,
  type MeetingMinutesFragment,
} from '@mace/web-data-access';
import { formatDateTime, Loading, QueryFailed } from '@mace/web-children';
import { BackLink, Button, ButtonLink, ErrorSummary, InsetText, NotificationBanner, Tag, Textarea, usePageTitle } from '@mace/web-ui';
import { NARRATIVE_MAX, requiredText } from '../common/form-rules';
import { MINUTES_PLAN } from '../live/live-refetch-plans';
import { differingSections, sectionErrors, sectionFieldId, sectionsInput, type MinutesSection } from './minutes-draft';

/** Set by the approve page, so the minutes say so once. */
export interface MinutesPageState {
  done?: string;
}

/** `/meetings/:id/minutes`: the chair edits and approves the draft; everyone reads the approved minutes and adds addenda. */
export function MinutesPage() {
  const { id = '' } = useParams();
  const done = (useLocation().state as MinutesPageState | null)?.done;
  const { data, error } = useQuery(MeetingMinutesPageDocument, { variables: { id } });
  useMeetingEvents(id, undefined, { refetch: MINUTES_PLAN, skip: !data });
  usePageTitle(data ? `Minutes: ${data.meeting.title}` : 'Minutes');
  if (error && !data) return <QueryFailed error={error} what="Meeting" />;
  if (!data) return <Loading />;
  const { meeting } = data;
  const minutes = meeting.minutes;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/meetings/${id}`}>Back to the meeting</BackLink>
        {done && <NotificationBanner type="success" heading={done} />}
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Minutes</h1>
        {!minutes ? (
          <p className="govuk-body">The minutes are drafted when the meeting closes.</p>
        ) : minutes.status === MinutesStatus.APPROVED ? (
          <ApprovedMinutes meetingId={id} minutes={minutes} canContribute={meeting.canContribute} />
        ) : meeting.canManage ? (
          // A new saved version (here or elsewhere) does not reset what is being typed: the form keeps its own copy.
          <DraftMinutesForm meetingId={id} minutes={minutes} />
        ) : (
          <>
            <p className="govuk-body">
              <Tag colour="grey">Draft</Tag> The chair has not approved these minutes yet; they may still change.
            </p>
            <MinutesText sections={minutes.sections} />
          </>
        )}
      </div>
    </div>
  );
}

function MinutesText({ sections }: { sections: readonly MinutesSection[] }) {
  return (
    <>
      {/* Not named regions: two sections may share a heading (two earlier actions of one child), and named
          regions must differ; the headings give the structure. */}
      {sections.map((section) => (
        <section key={section.key}>
          <h2 className="govuk-heading-m" id={`section-${section.key}`}>
            {section.heading}
          </h2>
          <p className="govuk-body app-pre-line">{section.body}</p>
        </section>
      ))}
    </>
  );
}

function DraftMinutesForm({ meetingId, minutes }: { meetingId: string; minutes: MeetingMinutesFragment }) {
  const client = useApolloClient();
  const [sections, setSections] = useState<MinutesSection[]>(() => minutes.sections.map(({ key, heading, body }) => ({ key, heading, body })));
  const [baseVersion, setBaseVersion] = useState(minutes.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<{ version: number; sections: MinutesSection[] } | null>(null);
  const [saved, setSaved] = useState('');
  const [save, { loading }] = useMutation(SaveMinutesDocument);
  usePageTitle('Minutes', Object.keys(errors).length > 0 || Boolean(formError) || Boolean(theirs));
  const differing = theirs ? differingSections(sections, theirs.sections) : new Set<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSaved('');
    setFormError(null);
    try {
      const { data } = await save({ variables: { input: { meetingId, version: baseVersion, sections: sectionsInput(sections) } } });
      if (data) setBaseVersion(data.saveMinutes.version);
      setErrors({});
      setTheirs(null);
      setSaved('Draft saved');
    } catch (caught) {
      const api = readApiError(caught);
      if (api.code === ErrorCode.CONFLICT) {
        const { data } = await client.query({ query: MeetingMinutesPageDocument, variables: { id: meetingId }, fetchPolicy: 'network-only' });
        const latest = data?.meeting.minutes;
        if (latest) setTheirs({ version: latest.version, sections: latest.sections.map(({ key, heading, body }) => ({ key, heading, body })) });
        if (latest?.status === MinutesStatus.APPROVED) setFormError('The minutes were approved while you were editing; add your changes as an addendum.');
      } else if (api.code === ErrorCode.BAD_USER_INPUT) {
        const bySection = sectionErrors(api.fields, sections);
        setErrors(bySection);
        if (Object.keys(bySection).length === 0) setFormError(Object.values(api.fields)[0] ?? api.message ?? 'Check the minutes and try again');
      } else setFormError(api.message ?? 'Sorry, there is a problem with the service. Try again later.');
    }
  }

  function keepMine() {
    if (theirs) setBaseVersion(theirs.version);
    setTheirs(null);
  }

  function useTheirs() {
    if (!theirs) return;
    setSections(theirs.sections);
    setBaseVersion(theirs.version);
    setTheirs(null);
  }

  const summary = [
    ...(formError ? [{ text: formError }] : []),
    ...sections.filter((section) => errors[section.key]).map((section) => ({ text: errors[section.key], href: `#${sectionFieldId(section.key)}` })),
  ];

  return (
    <>
      <p className="govuk-body">
        <Tag colour="grey">Draft</Tag> Drafted {formatDateTime(minutes.draftedAt)} from what was recorded in the meeting.
      </p>
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      {theirs && (
        <div className="govuk-error-summary" tabIndex={-1}>
          <div role="alert">
            <h2 className="govuk-error-summary__title">Someone else saved the minutes while you were editing</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">
                Your changes are not saved and are still in the form. Their text is shown under each section that differs
                {differing.size === 0 ? ' (none differ)' : ''}.
              </p>
              <div className="govuk-button-group">
                <Button type="button" onClick={keepMine}>
                  Keep mine, then save again
                </Button>
                <Button type="button" variant="secondary" onClick={useTheirs}>
                  Use their version
                </Button>
              </div>
            </div>
          </div>
        </div>
      )}
      <form noValidate onSubmit={submit}>
        {sections.map((section, index) => (
          <div key={section.key}>
            <Textarea
              id={sectionFieldId(section.key)}
              name={sectionFieldId(section.key)}
              label={section.heading}
              labelSize="m"
              value={section.body}
              error={errors[section.key]}
              onChange={(body) => setSections(sections.map((existing, i) => (i === index ? { ...existing, body } : existing)))}
              rows={8}
            />
            {theirs && differing.has(section.key) && (
              <InsetText>
                <p className="govuk-body govuk-!-font-weight-bold">Their saved text for {section.heading}:</p>
                <p className="govuk-body app-pre-line">{theirs.sections.find((candidate) => candidate.key === section.key)?.body}</p>
              </InsetText>
            )}
          </div>
        ))}
        <div className="govuk-button-group">
          {/* aria-disabled, not disabled, while saving: disabling the focused button would drop keyboard focus to the page; repeat presses are ignored by the handler. */}
          <Button aria-disabled={loading || undefined}>Save draft</Button>
          <ButtonLink to={`/meetings/${meetingId}/minutes/approve`} variant="secondary">
            Approve minutes
          </ButtonLink>
        </div>
        <p className="govuk-body" role="status">
          {saved}
        </p>
        <p className="govuk-hint">Save the draft before approving: approving freezes the last saved text.</p>
      </form>
    </>
  );
}

function ApprovedMinutes({ meetingId, minutes, canContribute }: { meetingId: string; minutes: MeetingMinutesFragment; canContribute: boolean }) {
  return (
    <>
      <p className="govuk-body">
        <Tag colour="green">Approved</Tag> Approved {formatDateTime(minutes.approvedAt)}
        {minutes.approvedBy ? ` by ${minutes.approvedBy}` : ''}. Approved minutes cannot be changed; corrections are added as addenda.
      </p>
      <p className="govuk-body">
        {/* A file the API serves with the session cookie, not a page of this app. */}
        <a href={minutes.pdfPath} className="govuk-link" download>
          Download PDF
        </a>
      </p>
      <MinutesText sections={minutes.sections} />
      <h2 className="govuk-heading-m">Addenda</h2>
      {minutes.addenda.length === 0 ? (
        <p className="govuk-body">No addenda.</p>
      ) : (
        minutes.addenda.map((addendum) => (
          <InsetText key={addendum.id}>
            <p className="govuk-body app-pre-line">{addendum.body}</p>
            <p className="govuk-hint govuk-!-margin-bottom-0">
              {addendum.author}, {addendum.agencyName}, {formatDateTime(addendum.createdAt)}
            </p>
          </InsetText>
        ))
      )}
      {canContribute && <AddendumForm meetingId={meetingId} />}
      <p className="govuk-body">
        <Link to={`/meetings/${meetingId}/packs`} className="govuk-link">
          Agency packs
        </Link>
      </p>
    </>
  );
}

function AddendumForm({ meetingId }: { meetingId: string }) {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [added, setAdded] = useState('');
  const [add, { loading }] = useMutation(AddMinutesAddendumDocument, { refetchQueries: [MeetingMinutesPageDocument] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAdded('');
    const found = requiredText(body, 'Enter the correction or addition', NARRATIVE_MAX, 'Addendum');
    setError(found);
    if (found) return;
    try {
      await add({ variables: { input: { meetingId, body: body.trim() } } });
      setBody('');
      setAdded('Addendum added');
    } catch (caught) {
      const api = readApiError(caught);
      setError(Object.values(api.fields)[0] ?? api.message ?? 'The addendum was not added. Try again.');
    }
  }

  return (
    <form noValidate onSubmit={submit} aria-labelledby="addendum-heading">
      <h2 className="govuk-heading-m" id="addendum-heading">
        Add an addendum
      </h2>
      {error && <ErrorSummary errors={[{ text: error, href: '#addendum' }]} />}
      <Textarea
        id="addendum"
        name="addendum"
        label="Correction or addition"
        labelSize="s"
        hint="Everyone who can read the minutes sees it, with your name, agency and the time"
        value={body}
        error={error}
        onChange={setBody}
        rows={4}
      />
      <Button aria-disabled={loading || undefined}>Add addendum</Button>
      <p className="govuk-body" role="status">
        {added}
      </p>
    </form>
  );
}
