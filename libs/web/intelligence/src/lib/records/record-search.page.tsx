import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Permission } from '@mace/shared-domain';
import { Loading, QueryFailed } from '@mace/web-children';
import { SearchRecordsDocument } from '@mace/web-data-access';
import { useHasPermission } from '@mace/web-shell';
import { Button, TextInput, usePageTitle } from '@mace/web-ui';
import { kindLabel } from '../common/intelligence-labels';
import { newRecordPath, recordPath } from '../common/intelligence-paths';
import { PoliceSubNavigation } from '../common/police-sub-navigation.component';
import { RECORD_KINDS } from './record-form';

/** One box for names, registrations, phones, handles and postcodes; the term lives in the address. */
export function RecordSearchPage() {
  const can = useHasPermission();
  const [params, setParams] = useSearchParams();
  const term = params.get('term') ?? '';
  const [draft, setDraft] = useState(term);
  usePageTitle(term ? `Search records: ${term}` : 'Search records');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setParams(draft.trim() ? { term: draft.trim() } : {});
  }

  return (
    <>
      <PoliceSubNavigation />
      <h1 className="govuk-heading-l">Search records</h1>
      <form noValidate onSubmit={submit} role="search" aria-label="Search records">
        <TextInput
          id="term"
          name="term"
          label="Name, registration, phone number, e-mail, handle or postcode"
          labelSize="s"
          hint="Spaces, capitals and punctuation do not matter"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button variant="secondary">Search</Button>
      </form>
      {term && <Results term={term} />}
      {can(Permission.LINKS_MANAGE) && (
        <>
          <h2 className="govuk-heading-m">Add a record</h2>
          <ul className="govuk-list">
            {RECORD_KINDS.map((kind) => (
              <li key={kind}>
                <Link className="govuk-link" to={newRecordPath(kind)}>
                  Add a {kindLabel(kind).toLowerCase()}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Results({ term }: { term: string }) {
  const { data, error } = useQuery(SearchRecordsDocument, { variables: { term } });
  if (error && !data) return <QueryFailed error={error} what="Records" />;
  if (!data) return <Loading />;
  const hits = data.searchRecords;
  return (
    <div aria-live="polite">
      <h2 className="govuk-heading-m">{hits.length === 1 ? '1 record found' : `${hits.length} records found`}</h2>
      {hits.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Records matching {term}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Record</th>
              <th scope="col" className="govuk-table__header">Kind</th>
              <th scope="col" className="govuk-table__header">Matched on</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {hits.map((hit) => (
              <tr className="govuk-table__row" key={`${hit.ref.kind}:${hit.ref.id}`}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={recordPath(hit.ref)}>
                    {hit.ref.label}
                  </Link>
                  {hit.ref.detail && <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0 govuk-!-font-size-16">{hit.ref.detail}</span>}
                </td>
                <td className="govuk-table__cell">{kindLabel(hit.ref.kind)}</td>
                <td className="govuk-table__cell">{hit.matchedOn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
