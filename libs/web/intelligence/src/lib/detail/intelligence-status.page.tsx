import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { IntelligenceStatus } from '@mace/shared-domain';
import { SetIntelligenceStatusDocument, type IntelligenceDetailFragment, apiFormErrors } from '@mace/web-data-access';
import { BackLink, Button, ErrorSummary, Radios, usePageTitle } from '@mace/web-ui';
import { nextStatuses, statusLabel } from '../common/intelligence-labels';
import { intelligencePath } from '../common/intelligence-paths';
import { IntelligenceLoader } from './intelligence-loader.component';
import { STALE_EDIT } from '../common/stale-edit';

/** Moves graded intelligence on: linked, tabled at CETG, actioned, or no further action. */
export function IntelligenceStatusPage() {
  return <IntelligenceLoader>{(intelligence) => <StatusForm intel={intelligence} />}</IntelligenceLoader>;
}

function StatusForm({ intel }: { intel: IntelligenceDetailFragment }) {
  const navigate = useNavigate();
  const [status, setStatus] = useState<string>('');
  const [error, setError] = useState<string>();
  const [save, { loading }] = useMutation(SetIntelligenceStatusDocument);
  usePageTitle(`Change the status of ${intel.reference}`, Boolean(error));
  const options = nextStatuses(intel.status).map((value) => ({ value, label: statusLabel(value) }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!status) return setError('Select the new status');
    try {
      await save({ variables: { input: { id: intel.id, version: intel.version, status: status as IntelligenceStatus } } });
      navigate(intelligencePath(intel.id));
    } catch (caught) {
      setError(Object.values(apiFormErrors(caught, ['status'], 'Only the SPOC of the intelligence’s district can change its status', STALE_EDIT))[0]);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={intelligencePath(intel.id)}>{`Back to ${intel.reference}`}</BackLink>
        {error && <ErrorSummary errors={[{ text: error, href: '#status' }]} />}
        {options.length === 0 ? (
          <>
            <h1 className="govuk-heading-l">The status cannot change</h1>
            <p className="govuk-body">It is {statusLabel(intel.status).toLowerCase()}.</p>
          </>
        ) : (
          <form noValidate onSubmit={submit}>
            <span className="govuk-caption-l">{intel.reference}</span>
            <Radios
              id="status"
              name="status"
              legend="What is its status now?"
              legendAsHeading
              legendSize="l"
              hint={`It is ${statusLabel(intel.status).toLowerCase()}.`}
              value={status}
              error={error}
              onChange={setStatus}
              options={options}
            />
            <Button disabled={loading}>Save the status</Button>
          </form>
        )}
      </div>
    </div>
  );
}
