import { useApolloClient, useMutation } from '@apollo/client/react';
import { forwardRef, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ErrorCode, MEETING_DECISION_LABELS, RISK_LEVEL_LABELS, RiskLevel } from '@mace/shared-domain';
import {
  LiveMeetingItemsDocument,
  readApiError,
  RecordItemOutcomeDocument,
  SaveDiscussionNoteDocument,
  type LiveOutcomeFragment,
} from '@mace/web-data-access';
import { errorSummaryOf, optionsFrom } from '@mace/web-children';
import { Button, Checkboxes, DateInput, ErrorSummary, InsetText, Radios, Textarea } from '@mace/web-ui';
import { formFieldsOf, hasErrors, londonToday, NARRATIVE_MAX, requiredText, type FieldErrors } from '../common/form-rules';
import { formatClockTime } from '../common/meeting-time';
import { ActionRows, type AgencyOption } from './action-rows.component';
import { emptyActionRow, outcomeErrors, outcomeFieldOrder, outcomeFormFrom, recordOutcomeInput, type OutcomeForm } from './outcome-form';
import { OUTCOME_FORM_ID } from './use-chair-shortcuts.hook';

export interface OutcomeFormProps {
  meetingId: string;
  itemId: string;
  outcome: LiveOutcomeFragment | null;
  agencies: readonly AgencyOption[];
  onRecorded: () => void;
  /** Tells the page the form shows errors, for the "Error:" title prefix. */
  onErrorsShown: (shown: boolean) => void;
}

/** Someone else saved the item's outcome since this form read it: theirs, shown beside what was typed here. */
interface Conflict {
  theirs: LiveOutcomeFragment | null;
}

/**
 * The outcome of an item: the discussion note (saved on its own as the discussion goes), the agreed
 * risk with its rationale, decisions, new actions and the next review date. The form keeps the
 * version it started from, so a save over someone else's newer one is refused (CONFLICT), never lost.
 */
export const OutcomeFormSection = forwardRef<HTMLHeadingElement, OutcomeFormProps>(function OutcomeFormSection(
  { meetingId, itemId, outcome, agencies, onRecorded, onErrorsShown },
  headingRef,
) {
  const client = useApolloClient();
  const [form, setForm] = useState<OutcomeForm>(() => outcomeFormFrom(outcome));
  const [baseVersion, setBaseVersion] = useState(outcome?.version ?? 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [noteSaved, setNoteSaved] = useState('');
  const nextKey = useRef(0);
  const [saveNote, { loading: savingNote }] = useMutation(SaveDiscussionNoteDocument);
  const [record, { loading: recording }] = useMutation(RecordItemOutcomeDocument);
  const order = useMemo(() => outcomeFieldOrder(form), [form]);
  const summary = useMemo(() => errorSummaryOf(errors, order), [errors, order]);

  const set = <K extends keyof OutcomeForm>(key: K, value: OutcomeForm[K]) => setForm((current) => ({ ...current, [key]: value }));

  function showErrors(found: FieldErrors) {
    setErrors(found);
    onErrorsShown(hasErrors(found));
  }

  /** Reads the item's latest outcome after a CONFLICT, to show it beside what was typed here. */
  async function loadTheirs() {
    const { data } = await client.query({ query: LiveMeetingItemsDocument, variables: { id: meetingId }, fetchPolicy: 'network-only' });
    const theirs = data?.meeting.agenda.find((item) => item.id === itemId)?.outcome ?? null;
    setConflict({ theirs });
  }

  function failed(caught: unknown, fallback: string) {
    const api = readApiError(caught);
    if (api.code === ErrorCode.CONFLICT) {
      showErrors({});
      void loadTheirs();
      return;
    }
    if (api.code === ErrorCode.BAD_USER_INPUT) {
      const fields = formFieldsOf(api.fields);
      const shown = order.some(([field]) => fields[field]);
      showErrors(shown ? fields : { form: Object.values(fields)[0] ?? api.message ?? fallback });
    } else showErrors({ form: api.message ?? 'Sorry, there is a problem with the service. Try again later.' });
  }

  async function saveDiscussionNote() {
    if (savingNote) return;
    setNoteSaved('');
    const missing = requiredText(form.discussionSummary, 'Enter a summary of the discussion before saving it', NARRATIVE_MAX, 'Discussion summary');
    if (missing) return showErrors({ discussionSummary: missing });
    try {
      const { data } = await saveNote({ variables: { input: { itemId, version: baseVersion, discussionSummary: form.discussionSummary.trim() } } });
      if (data) setBaseVersion(data.saveDiscussionNote.version);
      setConflict(null);
      showErrors({});
      setNoteSaved(`Note saved at ${formatClockTime(new Date().toISOString())}`);
    } catch (caught) {
      failed(caught, 'Check the note and try again');
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (recording) return;
    const found = outcomeErrors(form, londonToday());
    if (hasErrors(found)) return showErrors(found);
    try {
      await record({ variables: { input: recordOutcomeInput(itemId, baseVersion, form) } });
      showErrors({});
      onRecorded();
    } catch (caught) {
      failed(caught, 'Check the outcome and try again');
    }
  }

  /** Keep what was typed here, to save over theirs: it now builds on their version. */
  function keepMine() {
    setBaseVersion(conflict?.theirs?.version ?? baseVersion);
    setConflict(null);
  }

  function useTheirs() {
    const theirs = conflict?.theirs;
    setForm((current) => ({ ...outcomeFormFrom(theirs), actions: current.actions }));
    setBaseVersion(theirs?.version ?? baseVersion);
    setConflict(null);
  }

  return (
    <section aria-labelledby="outcome">
      <h2 className="govuk-heading-m" id="outcome" tabIndex={-1} ref={headingRef}>
        Outcome
      </h2>
      {outcome?.recordedAt && (
        <p className="govuk-body">
          An outcome was recorded at {formatClockTime(outcome.recordedAt)}
          {outcome.recordedBy ? ` by ${outcome.recordedBy}` : ''}. Recording again replaces it; actions already set stay.
        </p>
      )}
      {conflict && <OutcomeConflict theirs={conflict.theirs} onKeepMine={keepMine} onUseTheirs={useTheirs} />}
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      <form id={OUTCOME_FORM_ID} noValidate onSubmit={submit}>
        <Textarea
          id="discussionSummary"
          name="discussionSummary"
          label="Discussion summary"
          labelSize="s"
          hint="Save the note as the discussion goes; it is kept if the outcome is recorded later."
          value={form.discussionSummary}
          error={errors['discussionSummary']}
          onChange={(value) => set('discussionSummary', value)}
          rows={6}
        />
        <div className="govuk-button-group">
          {/* aria-disabled, not disabled, while saving: disabling the focused button would drop keyboard focus to the page; repeat presses are ignored by the handler. */}
          <Button type="button" variant="secondary" onClick={() => void saveDiscussionNote()} aria-disabled={savingNote || undefined}>
            Save note
          </Button>
          <p className="govuk-body govuk-!-margin-bottom-0" role="status">
            {noteSaved}
          </p>
        </div>
        <Radios
          id="agreedRiskLevel"
          name="agreedRiskLevel"
          legend="Agreed risk level"
          legendSize="s"
          small
          value={form.agreedRiskLevel}
          error={errors['agreedRiskLevel']}
          onChange={(value) => set('agreedRiskLevel', value as RiskLevel)}
          options={[RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.NONE].map((level) => ({ value: level, label: RISK_LEVEL_LABELS[level] }))}
        />
        <Textarea
          id="riskRationale"
          name="riskRationale"
          label="Why this risk level"
          labelSize="s"
          value={form.riskRationale}
          error={errors['riskRationale']}
          onChange={(value) => set('riskRationale', value)}
          rows={3}
        />
        <Checkboxes
          id="decisions"
          name="decisions"
          legend="Decisions"
          legendSize="s"
          hint="Select all that apply; only one of continue at MACE, step down or close"
          small
          values={form.decisions}
          error={errors['decisions']}
          onChange={(values) => set('decisions', values as OutcomeForm['decisions'])}
          options={optionsFrom(MEETING_DECISION_LABELS)}
        />
        <Textarea
          id="decisionNotes"
          name="decisionNotes"
          label="Decision notes (optional)"
          labelSize="s"
          value={form.decisionNotes}
          error={errors['decisionNotes']}
          onChange={(value) => set('decisionNotes', value)}
          rows={3}
        />
        <ActionRows
          rows={form.actions}
          agencies={agencies}
          errors={errors}
          onChange={(rows) => set('actions', rows)}
          onAdd={() => set('actions', [...form.actions, emptyActionRow(`new-${(nextKey.current += 1)}`)])}
        />
        <DateInput
          id="nextReviewOn"
          legend="Next review date (optional)"
          legendSize="s"
          hint="Leave it empty to set it from the agreed risk level’s review cadence."
          value={form.nextReview}
          error={errors['nextReviewOn']}
          onChange={(value) => set('nextReview', value)}
        />
        <Button disabled={recording}>Record outcome</Button>
        <p className="govuk-hint">Or press Ctrl and Enter while in this form. You then go to the next item.</p>
      </form>
    </section>
  );
});

interface OutcomeConflictProps {
  theirs: LiveOutcomeFragment | null;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Both versions side by side: theirs here, the chair's own still in the form below. Takes focus once, when shown. */
function OutcomeConflict({ theirs, onKeepMine, onUseTheirs }: OutcomeConflictProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="govuk-error-summary" tabIndex={-1} ref={box}>
      <div role="alert">
        <h3 className="govuk-error-summary__title">Someone else saved this item’s outcome</h3>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">Nothing of yours was saved, and what you typed is still in the form. Their version:</p>
          <InsetText>
            <p className="govuk-body app-pre-line">{theirs?.discussionSummary || 'No discussion summary.'}</p>
            {theirs?.agreedRiskLevel && <p className="govuk-body">Agreed risk: {RISK_LEVEL_LABELS[theirs.agreedRiskLevel]}</p>}
          </InsetText>
          <div className="govuk-button-group">
            <Button type="button" onClick={onKeepMine}>
              Keep mine, then save again
            </Button>
            <Button type="button" variant="secondary" onClick={onUseTheirs}>
              Use their version
            </Button>
          </div>
        </div>
      </div>
    </div>
  );
}
