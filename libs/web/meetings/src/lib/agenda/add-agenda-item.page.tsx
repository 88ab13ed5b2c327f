import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDate, requiredText, type FieldErrors } from '@mace/web-children';
import { AddAgendaItemDocument, MeetingOverviewDocument, SearchChildrenDocument, type MeetingOverviewFragment, apiFormErrors } from '@mace/web-data-access';
import { Button, Radios, Textarea, TextInput } from '@mace/web-ui';
import { REASON_MAX, THEME_MAX } from '../common/form-rules';
import { MeetingLoader } from '../common/meeting-loader.component';
import { agendaPath } from '../common/meeting-paths';
import { AgendaFormLayout } from './agenda-form-layout.component';
import { readAddItemQuery, searchable, writeAddItemQuery, type AddItemQuery } from './add-item-query';
import { ChildSearch } from './child-search.component';

const ORDER = [
  ['childId', 'childId'],
  ['themeTitle', 'themeTitle'],
  ['reason', 'reason'],
] as const;
const SEARCH_LIMIT = 20;

/** Add a child (found by search) or a theme to the agenda, with the reason it is there. */
export function AddAgendaItemPage() {
  return <MeetingLoader>{(meeting) => <AddItem meeting={meeting} />}</MeetingLoader>;
}

function AddItem({ meeting }: { meeting: MeetingOverviewFragment }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = readAddItemQuery(params);
  const [childId, setChildId] = useState('');
  const [themeTitle, setThemeTitle] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const search = useQuery(SearchChildrenDocument, { variables: { term: query.term, first: SEARCH_LIMIT }, skip: query.kind !== 'child' || !searchable(query.term) });
  const [add, { loading }] = useMutation(AddAgendaItemDocument, {
    refetchQueries: [{ query: MeetingOverviewDocument, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });

  const onAgenda = new Set(meeting.agenda.flatMap((item) => (item.child ? [item.child.id] : [])));
  // Only children the chair may open can be added; existence-only results name no one.
  const found = (search.data?.searchChildren ?? []).flatMap((result) => (result.child ? [result.child] : []));
  const choices = found.filter((child) => !onAgenda.has(child.id));
  const go = (next: AddItemQuery) => {
    setErrors({});
    navigate({ search: writeAddItemQuery(next) }, { replace: true });
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const check: FieldErrors =
      query.kind === 'child'
        ? { childId: childId ? undefined : 'Select the child to add' }
        : { themeTitle: requiredText(themeTitle, 'Enter the theme', THEME_MAX, 'Theme') };
    check['reason'] = requiredText(reason, 'Enter why the item is on the agenda', REASON_MAX, 'Reason');
    if (Object.values(check).some(Boolean)) {
      setErrors(check);
      return;
    }
    const subject = query.kind === 'child' ? { childId } : { themeTitle: themeTitle.trim() };
    try {
      await add({ variables: { input: { meetingId: meeting.id, reason: reason.trim(), ...subject } } });
      navigate(agendaPath(meeting.id));
    } catch (caught) {
      setErrors(apiFormErrors(caught, ORDER.map(([field]) => field), 'You cannot change this agenda'));
    }
  }

  return (
    <AgendaFormLayout meeting={meeting} title="Add an item to the agenda" errors={errors} order={ORDER}>
      <nav className="moj-sub-navigation" aria-label="What to add">
        <ul className="moj-sub-navigation__list">
          {(['child', 'theme'] as const).map((kind) => (
            <li className="moj-sub-navigation__item" key={kind}>
              <Link className="moj-sub-navigation__link" aria-current={query.kind === kind ? 'page' : undefined} to={{ search: writeAddItemQuery({ ...query, kind }) }} replace>
                {kind === 'child' ? 'A child' : 'A theme'}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {query.kind === 'child' && <ChildSearch term={query.term} onSearch={(term) => go({ ...query, term })} />}
      {query.kind === 'child' && searchable(query.term) && search.loading && <p className="govuk-body">Searching…</p>}
      {query.kind === 'child' && searchable(query.term) && !search.loading && choices.length === 0 && (
        <p className="govuk-body" role="status">
          {found.length > 0 ? 'The children found are already on the agenda.' : 'No children you may see match the search.'}
        </p>
      )}
      {(query.kind === 'theme' || choices.length > 0) && (
        <form noValidate onSubmit={submit}>
          {query.kind === 'child' ? (
            <Radios
              id="childId"
              name="childId"
              legend="Child to add"
              value={childId}
              error={errors['childId']}
              onChange={setChildId}
              options={choices.map((child) => ({
                value: child.id,
                label: child.fullName,
                hint: `Born ${formatDate(child.dateOfBirth)}, ${child.district.name}`,
              }))}
            />
          ) : (
            <TextInput
              id="themeTitle"
              name="themeTitle"
              label="Theme"
              labelSize="m"
              hint="A pattern or place of concern to discuss, such as a park or a hotel. Do not write names."
              value={themeTitle}
              error={errors['themeTitle']}
              onChange={(event) => setThemeTitle(event.target.value)}
            />
          )}
          <Textarea
            id="reason"
            name="reason"
            label="Why is it on the agenda?"
            labelSize="m"
            hint="Every attendee who can see the item reads this. Do not write names: say what has changed or what needs deciding."
            value={reason}
            error={errors['reason']}
            onChange={setReason}
            rows={3}
          />
          <Button disabled={loading}>Add to the agenda</Button>
        </form>
      )}
    </AgendaFormLayout>
  );
}
