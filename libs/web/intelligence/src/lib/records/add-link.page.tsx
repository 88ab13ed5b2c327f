import { useNavigate } from 'react-router';
import { BackLink } from '@mace/web-ui';
import { recordPath } from '../common/intelligence-paths';
import { LinkFormView } from './link-form.component';
import { RecordRefLoader } from './record-ref-loader.component';

/** "Add a link" from a record's page: the record is the first end. */
export function AddLinkPage() {
  const navigate = useNavigate();
  return (
    <RecordRefLoader>
      {(ref) => (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <BackLink to={recordPath(ref)}>{`Back to ${ref.label}`}</BackLink>
            <LinkFormView title={`Add a link to ${ref.label}`} fixedFrom={ref} onDone={() => navigate(recordPath(ref))} />
          </div>
        </div>
      )}
    </RecordRefLoader>
  );
}
