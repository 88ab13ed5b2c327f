import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { OverviewAcceptConfidentialityDocument, type MeetingOverviewFragment, apiFormErrors } from '@mace/web-data-access';
import { Button, ErrorSummary } from '@mace/web-ui';

/**
 * The meeting's confidentiality statement. Case details show to an attendee only once they accept
 * it; the answer carries the whole overview, so the agenda fills in at once.
 */
export function Confidentiality({ meeting }: { meeting: MeetingOverviewFragment }) {
  const [accept, { loading }] = useMutation(OverviewAcceptConfidentialityDocument);
  const [error, setError] = useState<string | undefined>();

  async function onAccept() {
    if (loading) return;
    setError(undefined);
    try {
      await accept({ variables: { meetingId: meeting.id } });
    } catch (caught) {
      setError(apiFormErrors(caught, [], 'You cannot accept the statement for this meeting')['form']);
    }
  }

  if (meeting.acceptedConfidentiality) {
    return (
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Confidentiality statement (accepted)</span>
        </summary>
        <div className="govuk-details__text app-pre-line">{meeting.confidentialityStatement}</div>
      </details>
    );
  }

  return (
    <section aria-labelledby="confidentiality-heading" className="govuk-!-margin-bottom-6">
      {error && <ErrorSummary errors={[{ text: error }]} />}
      <h2 className="govuk-heading-m" id="confidentiality-heading">
        Confidentiality statement
      </h2>
      <div className="govuk-inset-text app-pre-line">{meeting.confidentialityStatement}</div>
      <p className="govuk-body">Case details on the agenda are hidden until you accept this statement. Accepting it is recorded.</p>
      <Button type="button" onClick={() => void onAccept()} disabled={loading}>
        I accept
      </Button>
    </section>
  );
}
