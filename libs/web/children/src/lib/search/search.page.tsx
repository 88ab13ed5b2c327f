import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorCode, Permission } from '@mace/shared-domain';
import { readApiError, SearchChildrenDocument } from '@mace/web-data-access';
import { useHasPermission } from '@mace/web-shell';
import { Button, ErrorSummary, TextInput, usePageTitle } from '@mace/web-ui';
import { Loading } from '../common/page-state';
import { ExistenceOnlyResult, FullResult } from './search-result.component';
import '../common/children.css';

const MIN_TERM = 2;
const MAX_TERM = 100;

function termError(term: string): string | undefined {
  if (term.length < MIN_TERM) return 'Enter at least 2 characters of a name, alias or date of birth';
  if (term.length > MAX_TERM) return 'Search term must be 100 characters or fewer';
  return undefined;
}

export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const term = (params.get('term') ?? '').trim();
  const [input, setInput] = useState(term);
  const [submitted, setSubmitted] = useState(false);
  const has = useHasPermission();
  const localError = submitted || term ? termError(input.trim()) : undefined;
  const skip = !term || termError(term) !== undefined;
  const { data, error, loading } = useQuery(SearchChildrenDocument, { variables: { term, first: 20 }, skip });
  const apiError = error ? readApiError(error) : undefined;
  const fieldError = localError ?? (apiError?.code === ErrorCode.BAD_USER_INPUT ? apiError.fields['term'] ?? apiError.message : undefined);
  usePageTitle(term ? `Search results for “${term}”` : 'Find a child', Boolean(fieldError));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    const next = input.trim();
    if (termError(next)) return;
    navigate({ search: new URLSearchParams({ term: next }).toString() });
  }

  const results = data?.searchChildren ?? [];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {fieldError && <ErrorSummary errors={[{ text: fieldError, href: '#term' }]} />}
        <h1 className="govuk-heading-l">Find a child</h1>
        <form noValidate onSubmit={submit} role="search" aria-label="Children">
          <div className="app-search">
            <TextInput
              id="term"
              name="term"
              type="search"
              label="Name, alias or date of birth"
              hint="For example, Jaz Smith or 14/03/2011. Spelling does not need to be exact."
              spellCheck={false}
              autoComplete="off"
              value={input}
              error={fieldError}
              onChange={(event) => setInput(event.target.value)}
            />
            <Button>Search</Button>
          </div>
        </form>

        {!skip && loading && <Loading />}
        {error && apiError?.code !== ErrorCode.BAD_USER_INPUT && (
          <p className="govuk-body">Sorry, there is a problem with the service. Try again later.</p>
        )}
        {data && (
          <>
            {/* A live region around the heading, so screen readers hear the count; a heading keeps its own role. */}
            <div role="status">
              <h2 className="govuk-heading-m govuk-!-margin-top-6">
                {results.length === 0 ? 'No children found' : results.length === 1 ? '1 child found' : `${results.length} children found`}
              </h2>
            </div>
            {results.length === 0 && (
              <p className="govuk-body">Check the spelling, or search by date of birth. You can also make a referral.</p>
            )}
            <ul className="govuk-list">
              {results.map((result) => (
                <li key={result.ref} className="govuk-!-padding-bottom-3 govuk-!-margin-bottom-3 app-search-result">
                  {result.access === 'FULL' ? (
                    <FullResult result={result} headingLevel={3} />
                  ) : (
                    <ExistenceOnlyResult result={result} headingLevel={3} breakGlass={has(Permission.CHILD_BREAK_GLASS)} />
                  )}
                  <hr className="govuk-section-break govuk-section-break--visible govuk-!-margin-top-3" />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
