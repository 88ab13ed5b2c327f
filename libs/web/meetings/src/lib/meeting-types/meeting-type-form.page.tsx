import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ConflictSummary } from '@mace/web-actions';
import { errorSummaryOf, Loading, QueryFailed, type FieldErrors } from '@mace/web-children';
import { CreateMeetingTypeDocument, MeetingTypesDocument, UpdateMeetingTypeDocument, type MeetingTypeFieldsFragment, apiFormErrors, CONFLICT } from '@mace/web-data-access';
import { BackLink, Button, ErrorSummary, usePageTitle } from '@mace/web-ui';
import { MEETING_TYPES_PATH } from '../common/meeting-paths';
import { MeetingTypeFields } from './meeting-type-fields.component';
import { formFromType, meetingTypeFormErrors, NEW_MEETING_TYPE, toCreateInput, toUpdateInput, type MeetingTypeForm } from './meeting-type-form';
import type { MeetingTypesPageState } from './meeting-types.page';

const ORDER = [
  ['districtId', 'districtId'],
  ['kind', 'kind'],
  ['name', 'name'],
  ['cadenceDays', 'cadenceDays'],
  ['defaultStartTime', 'defaultStartTime'],
  ['defaultDurationMinutes', 'defaultDurationMinutes'],
  ['defaultTimeboxMinutes', 'defaultTimeboxMinutes'],
  ['agendaRules', 'agendaRules'],
  ['coreAgencyIds', 'coreAgencyIds'],
  ['confidentialityStatement', 'confidentialityStatement'],
  ['active', 'active'],
] as const;
const FIELDS = ORDER.map(([field]) => field);

export function NewMeetingTypePage() {
  return <MeetingTypeFormView type={undefined} />;
}

/** The contract has no meetingType(id): the edit page reads the list (which the list page cached) and picks its type. */
export function EditMeetingTypePage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(MeetingTypesDocument, { variables: {} });
  if (error) return <QueryFailed error={error} what="Meeting type" />;
  if (loading || !data) return <Loading />;
  const type = data.meetingTypes.find((t) => t.id === id);
  if (!type) return <MeetingTypeNotFound />;
  return <MeetingTypeFormView key={type.version} type={type} />;
}

function MeetingTypeFormView({ type }: { type: MeetingTypeFieldsFragment | undefined }) {
  const navigate = useNavigate();
  const creating = !type;
  const [form, setForm] = useState<MeetingTypeForm>(() => (type ? formFromType(type) : NEW_MEETING_TYPE));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [create, created] = useMutation(CreateMeetingTypeDocument, { refetchQueries: [{ query: MeetingTypesDocument, variables: {} }] });
  const [update, updated] = useMutation(UpdateMeetingTypeDocument);
  const loading = created.loading || updated.loading;
  const summary = useMemo(() => (errors[CONFLICT] ? [] : errorSummaryOf(errors, ORDER)), [errors]);
  const title = type ? `Change ${type.name}` : 'Create a meeting type';
  usePageTitle(title, summary.length > 0 || Boolean(errors[CONFLICT]));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = meetingTypeFormErrors(form, creating);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      if (type) await update({ variables: { input: toUpdateInput(type, form) } });
      else await create({ variables: { input: toCreateInput(form) } });
      const state: MeetingTypesPageState = { saved: type ? `${form.name.trim()} saved` : `${form.name.trim()} created` };
      navigate(MEETING_TYPES_PATH, { state });
    } catch (caught) {
      setErrors(apiFormErrors(caught, FIELDS, 'You can configure meeting types of your own districts only'));
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={MEETING_TYPES_PATH}>Back to meeting types</BackLink>
        {errors[CONFLICT] && <ConflictSummary title="Someone else changed this meeting type">It changed while you were editing it, and your changes have not been saved.</ConflictSummary>}
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        <h1 className="govuk-heading-l">{title}</h1>
        <form noValidate onSubmit={submit}>
          <MeetingTypeFields form={form} errors={errors} creating={creating} districtName={type?.district.name} onChange={(change) => setForm((current) => ({ ...current, ...change }))} />
          <Button disabled={loading}>{creating ? 'Create the meeting type' : 'Save changes'}</Button>
        </form>
      </div>
    </div>
  );
}

function MeetingTypeNotFound() {
  usePageTitle('Meeting type not found');
  return (
    <>
      <BackLink to={MEETING_TYPES_PATH}>Back to meeting types</BackLink>
      <h1 className="govuk-heading-l">Meeting type not found</h1>
      <p className="govuk-body">It does not exist, or you are not allowed to configure it.</p>
    </>
  );
}
