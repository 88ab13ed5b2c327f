import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { PossibleDuplicatesDocument, type ChildSearchResultFieldsFragment } from '@mace/web-data-access';
import { Button, InsetText } from '@mace/web-ui';
import { Loading } from '../common/page-state';
import { ChildFacts } from '../search/search-result.component';
import { isoDate, knownAsList } from './referral-draft';
import { useReferralDraft } from './referral-draft.context';
import { STEP_PATHS } from './referral-steps';
import { StepLayout, useChanging } from './step-layout.component';

/**
 * The duplicate warning: children the MACE already knows who may be the one being referred. A
 * visible match can be chosen (the referral attaches to that record) or set aside; a match the
 * referrer may not see says only where the child is known and whom to contact.
 */
export function PossibleMatchesPage() {
  const { draft, update } = useReferralDraft();
  const navigate = useNavigate();
  const changing = useChanging();
  const dateOfBirth = isoDate(draft.dateOfBirth);
  // Answered from the cache the child page filled when it checked.
  const { data, error, loading } = useQuery(PossibleDuplicatesDocument, {
    variables: {
      input: { givenName: draft.givenName, familyName: draft.familyName, dateOfBirth, knownAs: knownAsList(draft.knownAs) },
    },
    skip: !draft.givenName || !draft.familyName,
  });
  const noErrors = useMemo(() => [], []);

  if (!draft.givenName || !draft.familyName) return <Navigate to={STEP_PATHS.child} replace />;

  const matches = data?.possibleDuplicates ?? [];
  const visible = matches.filter((match) => match.access === 'FULL' && match.child);
  const hidden = matches.filter((match) => match.access !== 'FULL');

  function choose(match: ChildSearchResultFieldsFragment) {
    if (!match.child) return;
    update({
      existingChild: {
        id: match.child.id,
        fullName: match.child.fullName,
        dateOfBirth: match.child.dateOfBirth,
        districtName: match.child.district.name,
      },
      differentChildConfirmed: false,
    });
    navigate(changing ? STEP_PATHS.checkAnswers : STEP_PATHS.concerns);
  }

  function differentChild() {
    update({ existingChild: null, differentChildConfirmed: true });
    // The child's details are needed for a new record, even when changing from check answers.
    navigate(changing && draft.gender ? STEP_PATHS.checkAnswers : STEP_PATHS.childDetails);
  }

  const name = `${draft.givenName} ${draft.familyName}`;
  return (
    <StepLayout title="Possible matches" back={STEP_PATHS.child} errors={noErrors}>
      <h1 className="govuk-heading-l">Possible matches</h1>
      {loading && <Loading />}
      {error && <p className="govuk-body">Sorry, we could not check for children the MACE already knows. Go back and try again.</p>}
      {data && (
        <>
          <p className="govuk-body">
            The MACE may already know {name}. Check whether {matches.length === 1 ? 'this is' : 'one of these is'} the child
            you are referring, so that everything known about them stays in one record.
          </p>

          {visible.map((match) => (
            <div className="govuk-summary-card" key={match.ref}>
              <div className="govuk-summary-card__title-wrapper">
                <h2 className="govuk-summary-card__title">{match.child?.fullName}</h2>
              </div>
              <div className="govuk-summary-card__content">
                <ChildFacts result={match} />
                <Button type="button" onClick={() => choose(match)}>
                  Yes, refer this child<span className="govuk-visually-hidden">: {match.child?.fullName}</span>
                </Button>
              </div>
            </div>
          ))}

          {hidden.map((match) => (
            <InsetText key={match.ref}>
              <h2 className="govuk-heading-s govuk-!-margin-bottom-1">A child known to the MACE in {match.district.name}</h2>
              <p className="govuk-body">{match.contactNote}</p>
              <p className="govuk-body govuk-!-margin-bottom-0">
                You cannot see this record. If it may be the same child, contact them before you refer, or refer anyway and
                say so in your concerns.
              </p>
            </InsetText>
          ))}

          <Button type="button" variant="secondary" onClick={differentChild}>
            No, this is a different child
          </Button>
        </>
      )}
    </StepLayout>
  );
}
