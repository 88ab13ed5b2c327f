import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { EntityKind } from '@mace/shared-domain';
import { errorSummaryOf, londonToday, type FieldErrors } from '@mace/web-children';
import { NotFoundPage, useCurrentUser } from '@mace/web-shell';
import { BackLink, Button, ErrorSummary, usePageTitle } from '@mace/web-ui';
import { kindLabel } from '../common/intelligence-labels';
import { kindFromSlug, RECORD_SEARCH_PATH, recordPath } from '../common/intelligence-paths';
import { RecordFields } from './record-fields.component';
import { emptyRecordDraft, recordDraftErrors, RECORD_KINDS, type RecordDraft, type RecordKind } from './record-form';
import { useCreateRecord } from './use-create-record.hook';
import { API_FIELD_NAMES, formFieldErrors, ORDER } from './record-api-errors';
import { apiFormErrors } from '@mace/web-data-access';
import { STALE_EDIT } from '../common/stale-edit';

/** Record a person of concern, a location, a vehicle, a phone or account, or a network. */
export function CreateRecordPage() {
  const kind = kindFromSlug(useParams()['kind']);
  if (!kind || kind === EntityKind.CHILD || !RECORD_KINDS.includes(kind)) return <NotFoundPage />;
  return <CreateRecordForm key={kind} kind={kind} />;
}

function CreateRecordForm({ kind }: { kind: RecordKind }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<RecordDraft>(() => emptyRecordDraft(user.districts[0]?.id ?? ''));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { create, loading } = useCreateRecord();
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);
  const title = `Add a record: ${kindLabel(kind).toLowerCase()}`;
  usePageTitle(title, summary.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = recordDraftErrors(kind, draft, londonToday());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const ref = await create(kind, draft);
      if (ref) navigate(recordPath(ref));
    } catch (caught) {
      const api = apiFormErrors(caught, API_FIELD_NAMES, 'You are not allowed to add records in this district', STALE_EDIT);
      setErrors(formFieldErrors(kind, api));
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={RECORD_SEARCH_PATH}>Back to search</BackLink>
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={submit}>
          <RecordFields kind={kind} draft={draft} errors={errors} onChange={(change) => setDraft((d) => ({ ...d, ...change }))} />
          <Button disabled={loading}>Save the record</Button>
        </form>
      </div>
    </div>
  );
}
