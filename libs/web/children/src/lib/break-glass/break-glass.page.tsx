import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorCode } from '@mace/shared-domain';
import { BreakGlassDocument, ChildDocument, readApiError } from '@mace/web-data-access';
import { BackLink, Button, ErrorSummary, Textarea, usePageTitle, WarningText } from '@mace/web-ui';

const MIN_REASON = 10;
const MAX_REASON = 1000;

function reasonError(reason: string): string | undefined {
  if (!reason) return 'Enter why you need to open this record now';
  if (reason.length < MIN_REASON) return 'Reason must be 10 characters or more';
  if (reason.length > MAX_REASON) return 'Reason must be 1000 characters or fewer';
  return undefined;
}

export function BreakGlassPage() {
  const { ref = '' } = useParams();
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field?: string; form?: string }>({});
  const [breakGlass, { loading }] = useMutation(BreakGlassDocument, {
    // Store the record as the profile's query answer, so the profile opens without reading it again.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ChildDocument, variables: { id: data.breakGlass.id }, data: { child: data.breakGlass } });
    },
  });
  const summary = useMemo(
    () => [error.form && { text: error.form }, error.field && { text: error.field, href: '#reason' }].filter((e) => !!e),
    [error],
  );
  usePageTitle('Open this record in an emergency', summary.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const trimmed = reason.trim();
    const invalid = reasonError(trimmed);
    if (invalid) {
      setError({ field: invalid });
      return;
    }
    try {
      const result = await breakGlass({ variables: { input: { childId: ref, reason: trimmed } } });
      if (result.data) navigate(`/children/${result.data.breakGlass.id}`);
    } catch (caught) {
      const api = readApiError(caught);
      if (api.code === ErrorCode.BAD_USER_INPUT) setError({ field: api.fields['input.reason'] ?? api.fields['reason'] ?? api.message });
      else if (api.code === ErrorCode.NOT_FOUND) setError({ form: 'This record cannot be opened. It may have been restricted or removed.' });
      else if (api.code === ErrorCode.FORBIDDEN) setError({ form: 'Your role does not allow opening records in an emergency.' });
      else setError({ form: 'Sorry, there is a problem with the service. Try again later.' });
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/search">Back to search</BackLink>
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        <h1 className="govuk-heading-l">Open this record in an emergency</h1>
        <WarningText>
          Only open a record outside your involvement when a child may be at immediate risk and you cannot reach the
          contact in time. Your name, agency, the time and your reason are recorded, and every emergency opening is
          reviewed by the partnership’s auditors.
        </WarningText>
        <p className="govuk-body">The record stays open to you for a limited time.</p>
        <form noValidate onSubmit={submit}>
          <Textarea
            id="reason"
            name="reason"
            label="Why do you need to open this record now?"
            labelSize="m"
            hint="Between 10 and 1000 characters. Do not include more personal information than needed."
            value={reason}
            error={error.field}
            onChange={setReason}
          />
          <Button variant="warning">Open record</Button>
        </form>
      </div>
    </div>
  );
}
