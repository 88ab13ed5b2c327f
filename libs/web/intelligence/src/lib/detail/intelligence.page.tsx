import { Link } from 'react-router';
import { INTELLIGENCE_PROVENANCE_LABELS, IntelligenceStatus, Permission } from '@mace/shared-domain';
import { formatDate } from '@mace/web-children';
import type { IntelligenceDetailFragment } from '@mace/web-data-access';
import { useHasPermission } from '@mace/web-shell';
import { BackLink, ButtonLink, InsetText, SummaryList, usePageTitle, WarningText } from '@mace/web-ui';
import { gradingCode, gradingLines, nextStatuses } from '../common/intelligence-labels';
import { gradePath, INTELLIGENCE_PATH, linkIntelligencePath, statusPath } from '../common/intelligence-paths';
import { LinksTable } from '../common/links-table.component';
import { formatInstant } from '../common/london-time';
import { IntelligenceStatusTag } from '../common/status-tag.component';
import { IntelligenceLoader } from './intelligence-loader.component';

/** One item of intelligence: the sanitised version for partners, everything for the police. */
export function IntelligencePage() {
  return <IntelligenceLoader>{(intelligence) => <IntelligenceView intelligence={intelligence} />}</IntelligenceLoader>;
}

const orNone = (value: string | null | undefined) => (value?.trim() ? value : 'Not given');

function IntelligenceView({ intelligence: intel }: { intelligence: IntelligenceDetailFragment }) {
  const can = useHasPermission();
  usePageTitle(`Intelligence ${intel.reference}`);
  // The police-only fields come back null for everyone else; `what` is always set for the police.
  const full = intel.what !== null;
  const grader = can(Permission.INTEL_GRADE) && full;
  const graded = intel.status !== IntelligenceStatus.SUBMITTED;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <BackLink to={INTELLIGENCE_PATH}>Back to intelligence</BackLink>
        <span className="govuk-caption-l">Intelligence</span>
        <h1 className="govuk-heading-l">{intel.reference}</h1>
        <p className="govuk-body">
          <IntelligenceStatusTag status={intel.status} />
        </p>
        <SummaryList
          rows={[
            { key: 'Submitted', value: formatInstant(intel.submittedAt) },
            { key: 'Submitted by', value: [intel.submittedBy, intel.mine ? `${intel.submittedByAgency.name} (your agency)` : intel.submittedByAgency.name].filter(Boolean).join(', ') },
            { key: 'District', value: intel.district.name },
          ]}
        />
        {grader && (
          <div className="govuk-button-group">
            <ButtonLink to={gradePath(intel.id)}>{graded ? 'Change the grading' : 'Grade this intelligence'}</ButtonLink>
            {graded && can(Permission.LINKS_MANAGE) && (
              <ButtonLink to={linkIntelligencePath(intel.id)} variant="secondary">
                Link this intelligence
              </ButtonLink>
            )}
            {nextStatuses(intel.status).length > 0 && (
              <ButtonLink to={statusPath(intel.id)} variant="secondary">
                Change the status
              </ButtonLink>
            )}
          </div>
        )}
        {full ? <PoliceView intel={intel} /> : <PartnerView intel={intel} />}
      </div>
    </div>
  );
}

function PartnerView({ intel }: { intel: IntelligenceDetailFragment }) {
  return (
    <>
      <h2 className="govuk-heading-m">What can be shared</h2>
      {intel.sanitisedText ? (
        <>
          <InsetText>
            <span className="app-intel-pre">{intel.sanitisedText}</span>
          </InsetText>
          {intel.handlingConditions && <WarningText>Conditions for sharing: {intel.handlingConditions}</WarningText>}
        </>
      ) : (
        <p className="govuk-body">
          {intel.status === IntelligenceStatus.SUBMITTED
            ? 'Awaiting grading. The police SPOC will grade it; you will see a sanitised version if it can be shared.'
            : 'The police have graded this intelligence and it cannot be shared with partners.'}
        </p>
      )}
      <ChildrenList intel={intel} />
    </>
  );
}

function PoliceView({ intel }: { intel: IntelligenceDetailFragment }) {
  const code = gradingCode(intel.sourceEvaluation, intel.intelligenceAssessment, intel.handlingCode);
  return (
    <>
      <h2 className="govuk-heading-m">What was reported</h2>
      <SummaryList
        rows={[
          { key: 'What happened', value: <span className="app-intel-pre">{intel.what}</span> },
          { key: 'When', value: [intel.occurredOn ? formatDate(intel.occurredOn) : '', intel.occurredTime ?? ''].filter(Boolean).join(', ') || 'Not given' },
          { key: 'Where', value: orNone(intel.place) },
          { key: 'Who was involved', value: <span className="app-intel-pre">{orNone(intel.who)}</span> },
          { key: 'How they know', value: intel.provenance ? INTELLIGENCE_PROVENANCE_LABELS[intel.provenance] : 'Not given' },
          { key: 'More about how they know', value: <span className="app-intel-pre">{orNone(intel.provenanceDetail)}</span> },
        ]}
      />
      <h2 className="govuk-heading-m">Grading</h2>
      {code && intel.sourceEvaluation && intel.intelligenceAssessment && intel.handlingCode ? (
        <SummaryList
          rows={[
            {
              key: '3x5x2',
              value: (
                <>
                  <strong>{code}</strong>
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {gradingLines(intel.sourceEvaluation, intel.intelligenceAssessment, intel.handlingCode).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </>
              ),
            },
            { key: 'Conditions', value: orNone(intel.handlingConditions) },
            { key: 'Sanitised text', value: <span className="app-intel-pre">{orNone(intel.sanitisedText)}</span> },
            { key: 'Graded by', value: [intel.gradedBy, formatInstant(intel.gradedAt)].filter(Boolean).join(', ') },
          ]}
        />
      ) : (
        <p className="govuk-body">Not graded yet.</p>
      )}
      <ChildrenList intel={intel} />
      <LinksTable links={intel.links} caption="Links this intelligence supports" />
    </>
  );
}

function ChildrenList({ intel }: { intel: IntelligenceDetailFragment }) {
  return (
    <>
      <h2 className="govuk-heading-m">Children it is about</h2>
      {intel.children.length === 0 ? (
        <p className="govuk-body">No children you may see are named.</p>
      ) : (
        <ul className="govuk-list">
          {intel.children.map((child) => (
            <li key={child.id}>
              <Link className="govuk-link" to={`/children/${child.id}`}>
                {child.fullName}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
