import { useLazyQuery } from '@apollo/client/react';
import { useState, type KeyboardEvent } from 'react';
import { ENTITY_KIND_LABELS, EntityKind } from '@mace/shared-domain';
import { londonToday, optionsFrom, type FieldErrors } from '@mace/web-children';
import { NetworksDocument, SearchChildrenDocument, SearchRecordsDocument, type EntityRefFieldsFragment, apiFormErrors } from '@mace/web-data-access';
import { useCurrentUser } from '@mace/web-shell';
import { Radios, TextInput } from '@mace/web-ui';
import { kindLabel } from '../common/intelligence-labels';
import { API_FIELD_NAMES, formFieldErrors } from './record-api-errors';
import { RecordFields } from './record-fields.component';
import { emptyRecordDraft, recordDraftErrors, type RecordDraft, type RecordKind } from './record-form';
import { useCreateRecord } from './use-create-record.hook';
import { STALE_EDIT } from '../common/stale-edit';

export interface EndPickerProps {
  /** Prefix of every id inside, such as "to-". */
  id: string;
  legend: string;
  value: EntityRefFieldsFragment | undefined;
  error?: string;
  onChange: (value: EntityRefFieldsFragment | undefined) => void;
  /** Records to offer first, such as the children the intelligence is about. */
  suggestions?: readonly EntityRefFieldsFragment[];
}

const secondary = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2';

/**
 * One end of a link: find a record of any kind, or make it there and then (a vehicle by its
 * registration, a hotel by name and postcode). Sits inside the link form, so it has buttons, not a form.
 */
export function EndPicker({ id, legend, value, error, onChange, suggestions = [] }: EndPickerProps) {
  const [kind, setKind] = useState<EntityKind | ''>('');
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset className="govuk-fieldset" aria-describedby={error ? `${id}error` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {error && (
          <p id={`${id}error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        {value ? (
          <p className="govuk-body" id={`${id}kind`} tabIndex={-1}>
            <strong>{value.label}</strong> ({kindLabel(value.kind)})
            <button type="button" className={secondary} onClick={() => onChange(undefined)}>
              Choose another<span className="govuk-visually-hidden"> {legend.toLowerCase()}</span>
            </button>
          </p>
        ) : (
          <>
            {suggestions.length > 0 && (
              <ul className="govuk-list">
                {suggestions.map((s) => (
                  <li key={`${s.kind}:${s.id}`}>
                    {s.label} ({kindLabel(s.kind)})
                    <button type="button" className={secondary} onClick={() => onChange(s)}>
                      Choose<span className="govuk-visually-hidden"> {s.label}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <Radios
              id={`${id}kind`}
              name={`${id}kind`}
              legend="What kind of record?"
              legendSize="s"
              small
              inline
              value={kind}
              onChange={(k) => setKind(k as EntityKind)}
              options={optionsFrom(ENTITY_KIND_LABELS)}
            />
            {kind && <Finder key={kind} id={id} kind={kind} onChoose={onChange} />}
          </>
        )}
      </fieldset>
    </div>
  );
}

function Finder({ id, kind, onChoose }: { id: string; kind: EntityKind; onChoose: (ref: EntityRefFieldsFragment) => void }) {
  const [term, setTerm] = useState('');
  const [searchRecords, records] = useLazyQuery(SearchRecordsDocument);
  const [searchChildren, children] = useLazyQuery(SearchChildrenDocument);
  const [searchNetworks, networks] = useLazyQuery(NetworksDocument);

  function search() {
    const t = term.trim();
    if (!t) return;
    if (kind === EntityKind.CHILD) void searchChildren({ variables: { term: t, first: 10 } });
    else if (kind === EntityKind.NETWORK) void searchNetworks({ variables: { filter: { search: t }, first: 10 } });
    else void searchRecords({ variables: { term: t } });
  }
  // Enter in the search box searches, rather than sending the link form around it.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  };

  const found: { ref: EntityRefFieldsFragment; hint?: string | null }[] =
    kind === EntityKind.CHILD
      ? (children.data?.searchChildren ?? []).flatMap((r) =>
          r.child ? [{ ref: { __typename: 'EntityRef' as const, kind, id: r.child.id, label: r.child.fullName, detail: null }, hint: r.matchedOn }] : [],
        )
      : kind === EntityKind.NETWORK
        ? (networks.data?.networks.nodes ?? []).map((n) => ({ ref: { __typename: 'EntityRef' as const, kind, id: n.id, label: n.name, detail: n.district.name } }))
        : (records.data?.searchRecords ?? []).filter((hit) => hit.ref.kind === kind).map((hit) => ({ ref: hit.ref, hint: hit.matchedOn }));
  const searched = kind === EntityKind.CHILD ? children : kind === EntityKind.NETWORK ? networks : records;

  return (
    <>
      <TextInput id={`${id}term`} name={`${id}term`} label={`Find the ${kindLabel(kind).toLowerCase()}`} inputClassName="govuk-input--width-20" value={term} onKeyDown={onKeyDown} onChange={(e) => setTerm(e.target.value)} />
      <button type="button" className="govuk-button govuk-button--secondary" onClick={search}>
        Find
      </button>
      <div aria-live="polite">
        {searched.loading && <p className="govuk-body">Searching…</p>}
        {searched.called && !searched.loading && searched.data && found.length === 0 && <p className="govuk-body">Nothing you may see matches “{term}”.</p>}
        {found.length > 0 && (
          <ul className="govuk-list">
            {found.map(({ ref, hint }) => (
              <li key={ref.id}>
                {ref.label}
                {(ref.detail || hint) && <span className="govuk-hint govuk-!-display-inline"> {[ref.detail, hint].filter(Boolean).join(', ')}</span>}
                <button type="button" className={secondary} onClick={() => onChoose(ref)}>
                  Choose<span className="govuk-visually-hidden"> {ref.label}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {kind !== EntityKind.CHILD && <CreateInline id={id} kind={kind} onCreated={onChoose} />}
    </>
  );
}

function CreateInline({ id, kind, onCreated }: { id: string; kind: RecordKind; onCreated: (ref: EntityRefFieldsFragment) => void }) {
  const user = useCurrentUser();
  const [draft, setDraft] = useState<RecordDraft>(() => emptyRecordDraft(user.districts[0]?.id ?? ''));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { create, loading } = useCreateRecord();

  async function add() {
    if (loading) return;
    const found = recordDraftErrors(kind, draft, londonToday());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const ref = await create(kind, draft);
      if (ref) onCreated(ref);
    } catch (caught) {
      setErrors(formFieldErrors(kind, apiFormErrors(caught, API_FIELD_NAMES, 'You are not allowed to add records here', STALE_EDIT)));
    }
  }

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Not found? Add a new {kindLabel(kind).toLowerCase()}</span>
      </summary>
      <div className="govuk-details__text">
        {errors['form'] && <p className="govuk-error-message">{errors['form']}</p>}
        <RecordFields kind={kind} draft={draft} errors={errors} brief idPrefix={`${id}new-`} onChange={(change) => setDraft((d) => ({ ...d, ...change }))} />
        <button type="button" className="govuk-button govuk-button--secondary" disabled={loading} onClick={() => void add()}>
          Add and choose this {kindLabel(kind).toLowerCase()}
        </button>
      </div>
    </details>
  );
}
