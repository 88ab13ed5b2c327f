import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import {
  AccessPath,
  CHILD_STATUS_LABELS,
  EDUCATION_STATUS_LABELS,
  ETHNICITY_LABELS,
  EXPLOITATION_TYPE_LABELS,
  GENDER_LABELS,
  INVOLVEMENT_KIND_LABELS,
  LOOKED_AFTER_STATUS_LABELS,
  OFFENDING_MODEL_LABELS,
  REFERRAL_STATUS_LABELS,
  RISK_LEVEL_LABELS,
  RISK_SOURCE_LABELS,
  VULNERABILITY_LABELS,
} from '@mace/shared-domain';
import { ChildDocument, type ChildProfileFragment } from '@mace/web-data-access';
import { SummaryList, Tag, Timeline, usePageTitle } from '@mace/web-ui';
import { formatDate, formatDateTime, formatDay } from '../common/format-date';
import { labelledList, orNotRecorded } from '../common/labelled-list';
import { Loading, QueryFailed } from '../common/page-state';
import { RiskTag } from '../common/risk-tag.component';
import { ChildActions } from './child-actions.component';
import '../common/children.css';

export function ChildProfilePage() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(ChildDocument, { variables: { id } });

  if (error) return <QueryFailed error={error} what="Child" />;
  if (loading || !data) return <Loading />;
  return <ChildProfile child={data.child} />;
}

function ChildProfile({ child }: { child: ChildProfileFragment }) {
  usePageTitle(child.fullName);

  return (
    <>
      {child.accessPath === AccessPath.BREAK_GLASS && (
        <div className="govuk-notification-banner" role="region" aria-labelledby="break-glass-title" data-module="govuk-notification-banner">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="break-glass-title">
              Emergency access
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">You opened this record in an emergency (break-glass).</p>
            <p className="govuk-body">This access is recorded with your reason and reviewed by the partnership’s auditors.</p>
          </div>
        </div>
      )}

      <span className="govuk-caption-l">{child.district.name}</span>
      <h1 className="govuk-heading-l">{child.fullName}</h1>
      <p className="govuk-body">
        <RiskTag level={child.riskLevel} /> <Tag colour="blue">{CHILD_STATUS_LABELS[child.status]}</Tag>{' '}
        {child.reviewDue && <Tag colour="red">Review due</Tag>} {child.restricted && <Tag colour="purple">Restricted</Tag>}
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Risk and review</h2>
          <SummaryList
            rows={[
              { key: 'Risk level', value: RISK_LEVEL_LABELS[child.riskLevel] },
              { key: 'Next review', value: child.nextReviewOn ? formatDate(child.nextReviewOn) : 'None set' },
              { key: 'Status', value: CHILD_STATUS_LABELS[child.status] },
              ...(child.closureReason ? [{ key: 'Reason for closing or stepping down', value: child.closureReason }] : []),
            ]}
          />

          <ChildActions childId={child.id} actions={child.actions} />

          <h2 className="govuk-heading-m">Personal details</h2>
          <SummaryList
            rows={[
              { key: 'Name', value: child.fullName },
              { key: 'Known as', value: child.knownAs.length ? child.knownAs.join(', ') : 'None recorded' },
              { key: 'Date of birth', value: `${formatDate(child.dateOfBirth)} (age ${child.ageInYears})` },
              { key: 'Gender', value: GENDER_LABELS[child.gender] },
              { key: 'Ethnicity (self-defined)', value: ETHNICITY_LABELS[child.ethnicitySelfDefined] },
              { key: 'Ethnicity (observed by a professional)', value: ETHNICITY_LABELS[child.ethnicityObserved] },
              { key: 'Address', value: <span className="app-pre-line">{orNotRecorded(child.address)}</span> },
              { key: 'Postcode', value: orNotRecorded(child.postcode) },
            ]}
          />

          <h2 className="govuk-heading-m">Education and care</h2>
          <SummaryList
            rows={[
              { key: 'Education', value: EDUCATION_STATUS_LABELS[child.educationStatus] },
              { key: 'School or college', value: orNotRecorded(child.schoolName) },
              { key: 'Looked-after status', value: LOOKED_AFTER_STATUS_LABELS[child.lookedAfterStatus] },
              { key: 'Social worker', value: orNotRecorded(child.socialWorkerName) },
              { key: 'Lead agency', value: child.leadAgency?.name ?? 'Not decided' },
              { key: 'Lead professional', value: orNotRecorded(child.leadProfessionalName) },
            ]}
          />

          <h2 className="govuk-heading-m">Exploitation</h2>
          <SummaryList
            rows={[
              { key: 'Exploitation types', value: labelledList(child.exploitationTypes, EXPLOITATION_TYPE_LABELS) },
              { key: 'Offending models', value: labelledList(child.offendingModels, OFFENDING_MODEL_LABELS, 'Not known') },
              { key: 'Vulnerabilities', value: labelledList(child.vulnerabilities, VULNERABILITY_LABELS) },
            ]}
          />

          <h2 className="govuk-heading-m">Active flags</h2>
          {child.flags.length === 0 ? (
            <p className="govuk-body">No active flags.</p>
          ) : (
            <SummaryList
              rows={child.flags.map((flag) => ({
                key: flag.label,
                value: (
                  <>
                    <p className="govuk-body">{flag.reason}</p>
                    <p className="govuk-hint govuk-!-margin-bottom-0">
                      Set {formatDay(flag.setAt)}
                      {flag.setBy ? ` by ${flag.setBy}` : ''}
                      {flag.agencyName ? `, ${flag.agencyName}` : ''}
                      {flag.expiresOn ? `. Expires ${formatDate(flag.expiresOn)}` : ''}
                    </p>
                  </>
                ),
              }))}
            />
          )}

          <h2 className="govuk-heading-m">Risk history</h2>
          {child.riskHistory.length === 0 ? (
            <p className="govuk-body">No risk level recorded yet.</p>
          ) : (
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Risk history, newest first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Set</th>
                  <th scope="col" className="govuk-table__header">Level</th>
                  <th scope="col" className="govuk-table__header">Source</th>
                  <th scope="col" className="govuk-table__header">Rationale</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {child.riskHistory.map((entry) => (
                  <tr className="govuk-table__row" key={entry.id}>
                    <td className="govuk-table__cell">
                      {formatDay(entry.setAt)}
                      {entry.setBy && <span className="govuk-hint govuk-!-margin-bottom-0"> by {entry.setBy}{entry.agencyName ? `, ${entry.agencyName}` : ''}</span>}
                    </td>
                    <td className="govuk-table__cell">
                      <RiskTag level={entry.level} />
                    </td>
                    <td className="govuk-table__cell">{RISK_SOURCE_LABELS[entry.source]}</td>
                    <td className="govuk-table__cell">{entry.rationale}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}

          <h2 className="govuk-heading-m">Chronology</h2>
          {child.chronology.length === 0 ? (
            <p className="govuk-body">Nothing recorded yet.</p>
          ) : (
            <Timeline
              items={child.chronology.map((entry) => ({
                id: entry.id,
                // The API's summary already names the kind ("Risk level: Medium").
                title: entry.summary,
                byline: entry.by ? `${entry.by}${entry.agencyName ? `, ${entry.agencyName}` : ''}` : entry.agencyName ?? undefined,
                dateTime: entry.at,
                dateText: formatDateTime(entry.at),
                description: entry.detail ? <p className="govuk-body app-pre-line">{entry.detail}</p> : undefined,
              }))}
            />
          )}
        </div>

        <div className="govuk-grid-column-one-third">
          <h2 className="govuk-heading-m">Agencies involved</h2>
          {child.involvements.length === 0 ? (
            <p className="govuk-body">None recorded.</p>
          ) : (
            <ul className="govuk-list">
              {child.involvements.map((involvement) => (
                <li key={`${involvement.agency.id}-${involvement.kind}`} className="govuk-!-margin-bottom-3">
                  <span className="govuk-!-font-weight-bold">{involvement.agency.name}</span>
                  <br />
                  {INVOLVEMENT_KIND_LABELS[involvement.kind]} since {formatDay(involvement.since)}
                  {involvement.reason && <span className="govuk-hint govuk-!-margin-bottom-0">{involvement.reason}</span>}
                </li>
              ))}
            </ul>
          )}

          <h2 className="govuk-heading-m">Referrals</h2>
          {child.referrals.length === 0 ? (
            <p className="govuk-body">None.</p>
          ) : (
            <ul className="govuk-list">
              {child.referrals.map((referral) => (
                <li key={referral.id} className="govuk-!-margin-bottom-3">
                  <span className="govuk-!-font-weight-bold">{formatDay(referral.submittedAt)}</span> from {referral.referrerAgency.name}
                  <br />
                  {REFERRAL_STATUS_LABELS[referral.status]}. Referrer’s level: {RISK_LEVEL_LABELS[referral.referrerLevel]}
                </li>
              ))}
            </ul>
          )}
          <p className="govuk-body">
            <Link to="/referrals/new" className="govuk-link">
              Make another referral
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
