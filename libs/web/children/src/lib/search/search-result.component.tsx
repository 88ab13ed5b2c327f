import { Link } from 'react-router';
import type { ChildSearchResultFieldsFragment } from '@mace/web-data-access';
import { CHILD_STATUS_LABELS } from '@mace/shared-domain';
import { formatDate } from '../common/format-date';
import { RiskTag } from '../common/risk-tag.component';

/**
 * A child the caller may see: name, date of birth, district, risk, and what matched.
 * `action` replaces the profile link, as in the referral's duplicate check.
 */
export function FullResult({ result, headingLevel = 2 }: { result: ChildSearchResultFieldsFragment; headingLevel?: 2 | 3 }) {
  const child = result.child;
  if (!child) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link to={`/children/${child.id}`} className="govuk-link">
          {child.fullName}
        </Link>
      </Heading>
      <ChildFacts result={result} />
    </>
  );
}

export function ChildFacts({ result }: { result: ChildSearchResultFieldsFragment }) {
  const child = result.child;
  if (!child) return null;
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">
        Born {formatDate(child.dateOfBirth)} (age {child.ageInYears}) · {child.district.name} · {CHILD_STATUS_LABELS[child.status]}
      </p>
      {child.knownAs.length > 0 && <p className="govuk-body govuk-!-margin-bottom-1">Known as {child.knownAs.join(', ')}</p>}
      <p className="govuk-body govuk-!-margin-bottom-1">
        <RiskTag level={child.riskLevel} />
      </p>
      {result.matchedOn && <p className="govuk-hint">Matched on {result.matchedOn}</p>}
    </>
  );
}

/** A child known to the MACE outside the caller's involvement: only where, and whom to contact. */
export function ExistenceOnlyResult({
  result,
  headingLevel = 2,
  breakGlass,
}: {
  result: ChildSearchResultFieldsFragment;
  headingLevel?: 2 | 3;
  breakGlass: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading className="govuk-heading-s govuk-!-margin-bottom-1">
        Known to the MACE in {result.district.name}. You cannot see this record.
      </Heading>
      <p className="govuk-body">{result.contactNote}</p>
      {breakGlass && (
        <p className="govuk-body">
          <Link to={`/children/${result.ref}/break-glass`} className="govuk-link">
            Open this record in an emergency (break-glass)
          </Link>
        </p>
      )}
    </>
  );
}
