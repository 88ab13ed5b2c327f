import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ACTION_CATEGORY_LABELS, ActionCategory, ErrorCode, Permission } from '@mace/shared-domain';
import { ActionChildDocument, AgenciesDocument, AgencyUsersDocument, CreateActionDocument, readApiError } from '@mace/web-data-access';
import {
  errorSummaryOf,
  hasErrors,
  isoDate,
  Loading,
  londonToday,
  optionsFrom,
  QueryFailed,
  requiredText,
  type FieldErrors,
} from '@mace/web-children';
import { useHasPermission } from '@mace/web-shell';
import { BackLink, Button, DateInput, ErrorSummary, Radios, Select, Textarea, usePageTitle, type DateParts } from '@mace/web-ui';
import { fieldsOf } from '../common/status-choice';
import type { ActionPageState } from '../action/action.page';

/** The API's limit on an action's description. */
const DESCRIPTION_MAX = 2000;
const ORDER = [
  ['description', 'description'],
  ['category', 'category'],
  ['ownerAgencyId', 'ownerAgencyId'],
  ['ownerUserId', 'ownerUserId'],
  ['dueOn', 'dueOn-day'],
] as const;

/** Set an action on a child outside a meeting (the chair of the district or the child's lead agency). */
export function NewActionPage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(ActionChildDocument, { variables: { id } });
  if (error) return <QueryFailed error={error} what="Child" />;
  if (loading || !data) return <Loading />;
  return <NewActionForm child={data.child} />;
}

interface ActionChild {
  id: string;
  fullName: string;
  district: { id: string; name: string };
}

function NewActionForm({ child }: { child: ActionChild }) {
  const navigate = useNavigate();
  const has = useHasPermission();
  const canChooseOwner = has(Permission.USER_READ);
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<ActionCategory | ''>('');
  const [ownerAgencyId, setOwnerAgencyId] = useState('');
  const [ownerUserId, setOwnerUserId] = useState('');
  const [due, setDue] = useState<DateParts>({ day: '', month: '', year: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const agencies = useQuery(AgenciesDocument);
  const users = useQuery(AgencyUsersDocument, { variables: { agencyId: ownerAgencyId }, skip: !canChooseOwner || !ownerAgencyId });
  const [create, { loading }] = useMutation(CreateActionDocument);
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);
  usePageTitle(`Set an action for ${child.fullName}`, summary.length > 0);

  // Agencies of the child's district, and those that cover every district.
  const agencyOptions = (agencies.data?.agencies.nodes ?? [])
    .filter((agency) => agency.active && (!agency.district || agency.district.id === child.district.id))
    .map((agency) => ({ value: agency.id, label: agency.name }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const dueOn = isoDate(due);
    const found: FieldErrors = {
      description: requiredText(description, 'Enter what needs to be done', DESCRIPTION_MAX, 'Description'),
      category: category ? undefined : 'Select a category',
      ownerAgencyId: ownerAgencyId ? undefined : 'Select the agency that owns the action',
      dueOn: dueDateError(due, dueOn),
    };
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            childId: child.id,
            description: description.trim(),
            category: category as ActionCategory,
            ownerAgencyId,
            ownerUserId: ownerUserId || undefined,
            dueOn: dueOn as string,
          },
        },
        // The child's list of actions is read again when the profile is next shown.
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Child', id: child.id }), fieldName: 'actions' });
        },
      });
      if (!data) return;
      const state: ActionPageState = { saved: 'Action set. The owner agency has been told.' };
      navigate(`/actions/${data.createAction.id}`, { state });
    } catch (caught) {
      const api = readApiError(caught);
      if (api.code === ErrorCode.BAD_USER_INPUT) {
        const byField = fieldsOf(api.fields);
        const shown = ORDER.some(([field]) => byField[field]);
        setErrors(shown ? byField : { form: Object.values(byField)[0] ?? api.message ?? 'Check the action and try again' });
      } else if (api.code === ErrorCode.FORBIDDEN) {
        setErrors({ form: 'Only the chair of the district or the child’s lead agency can set an action on this child' });
      } else setErrors({ form: 'Sorry, there is a problem with the service. Try again later.' });
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/children/${child.id}`}>{`Back to ${child.fullName}`}</BackLink>
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        <span className="govuk-caption-l">{child.fullName}</span>
        <h1 className="govuk-heading-l">Set an action</h1>
        <form noValidate onSubmit={submit}>
          <Textarea
            id="description"
            name="description"
            label="What needs to be done?"
            labelSize="s"
            hint="Say what, so the owner can tell when it is done. Up to 2,000 characters."
            value={description}
            error={errors['description']}
            onChange={setDescription}
          />
          <Radios
            id="category"
            name="category"
            legend="Category"
            legendSize="s"
            value={category}
            error={errors['category']}
            onChange={(value) => setCategory(value as ActionCategory)}
            options={optionsFrom(ACTION_CATEGORY_LABELS)}
          />
          <Select
            id="ownerAgencyId"
            name="ownerAgencyId"
            label="Owner agency"
            labelSize="s"
            hint="Its practitioners are told, and see the action in their inbox"
            value={ownerAgencyId}
            error={errors['ownerAgencyId']}
            onChange={(value) => {
              setOwnerAgencyId(value);
              setOwnerUserId('');
            }}
            options={[{ value: '', label: 'Choose an agency' }, ...agencyOptions]}
          />
          {canChooseOwner && ownerAgencyId && (
            <Select
              id="ownerUserId"
              name="ownerUserId"
              label="Owner (optional)"
              labelSize="s"
              hint="A person at the agency who will do it"
              value={ownerUserId}
              error={errors['ownerUserId']}
              onChange={setOwnerUserId}
              options={[
                { value: '', label: 'No one named' },
                ...(users.data?.users.nodes ?? []).map((user) => ({ value: user.id, label: user.displayName })),
              ]}
            />
          )}
          <DateInput
            id="dueOn"
            legend="Due date"
            legendSize="s"
            hint={`Today or later, for example ${exampleDate()}`}
            value={due}
            error={errors['dueOn']}
            onChange={setDue}
          />
          <Button disabled={loading}>Set action</Button>
        </form>
      </div>
    </div>
  );
}

function dueDateError(parts: DateParts, iso: string | null): string | undefined {
  const given = [parts.day, parts.month, parts.year].map((part) => part.trim());
  if (given.every((part) => !part)) return 'Enter the due date';
  const missing = (['day', 'month', 'year'] as const).filter((_, index) => !given[index]);
  if (missing.length > 0) return `Due date must include a ${missing.join(' and ')}`;
  if (!iso) return 'Due date must be a real date';
  if (iso < londonToday()) return 'Due date must be today or in the future';
  return undefined;
}

/** Four weeks from today as "27 3 2026", the GOV.UK date hint format. */
function exampleDate(): string {
  const [year, month, day] = londonToday().split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + 28));
  return `${date.getUTCDate()} ${date.getUTCMonth() + 1} ${date.getUTCFullYear()}`;
}
