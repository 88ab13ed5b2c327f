import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { DistrictsDocument, PossibleDuplicatesDocument } from '@mace/web-data-access';
import { useCurrentUser } from '@mace/web-shell';
import { Button, DateInput, Radios, Select, TextInput, type DateParts } from '@mace/web-ui';
import { isoDate, knownAsList, withoutServerErrors, type DraftField } from './referral-draft';
import { useReferralDraft } from './referral-draft.context';
import { afterChild, STEP_PATHS } from './referral-steps';
import { errorSummaryOf, hasErrors, StepLayout, useChanging, type FieldErrors } from './step-layout.component';
import { dateOfBirthError, NAME_MAX, requiredText } from './validation';

const FIELDS: DraftField[] = ['givenName', 'familyName', 'knownAs', 'dateOfBirth', 'districtId'];
const ORDER = [
  ['givenName', 'givenName'],
  ['familyName', 'familyName'],
  ['knownAs', 'knownAs'],
  ['dateOfBirth', 'dateOfBirth-day'],
  ['districtId', 'districtId'],
] as const;

/** Step 1: who the child is. Saving it checks for children the MACE already knows. */
export function ChildStepPage() {
  const { draft, update } = useReferralDraft();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const client = useApolloClient();
  const changing = useChanging();
  const districts = useQuery(DistrictsDocument);
  // A user working in one district most likely refers a child there.
  const [form, setForm] = useState({
    givenName: draft.givenName,
    familyName: draft.familyName,
    knownAs: draft.knownAs,
    dateOfBirth: draft.dateOfBirth,
    districtId: draft.districtId || (user.districts.length === 1 ? user.districts[0].id : ''),
  });
  const [errors, setErrors] = useState<FieldErrors>(() => ({ ...draft.serverErrors }));
  const [checking, setChecking] = useState(false);
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checking) return;
    const found: FieldErrors = {
      givenName: requiredText(form.givenName, 'Enter the child’s first name', NAME_MAX, 'First name'),
      familyName: requiredText(form.familyName, 'Enter the child’s last name', NAME_MAX, 'Last name'),
      knownAs: knownAsList(form.knownAs).some((name) => name.length > NAME_MAX) ? 'Each name must be 100 characters or fewer' : undefined,
      dateOfBirth: dateOfBirthError(form.dateOfBirth),
      districtId: form.districtId ? undefined : 'Select the district where the child lives',
    };
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }

    const sameChild =
      form.givenName.trim() === draft.givenName.trim() &&
      form.familyName.trim() === draft.familyName.trim() &&
      isoDate(form.dateOfBirth) === isoDate(draft.dateOfBirth);
    const changes = {
      ...form,
      givenName: form.givenName.trim(),
      familyName: form.familyName.trim(),
      serverErrors: withoutServerErrors(draft, FIELDS),
      // New names or date of birth need a fresh look at the possible matches.
      ...(sameChild ? {} : { existingChild: null, differentChildConfirmed: false }),
    };

    setChecking(true);
    try {
      const { data } = await client.query({
        query: PossibleDuplicatesDocument,
        variables: {
          input: {
            givenName: changes.givenName,
            familyName: changes.familyName,
            dateOfBirth: isoDate(form.dateOfBirth),
            knownAs: knownAsList(form.knownAs),
          },
        },
        fetchPolicy: 'network-only',
      });
      update(changes);
      const matches = data?.possibleDuplicates ?? [];
      if (matches.length > 0 && !(sameChild && (draft.existingChild || draft.differentChildConfirmed))) {
        navigate(changing ? `${STEP_PATHS.possibleMatches}?change=1` : STEP_PATHS.possibleMatches);
      } else if (changing) {
        navigate(STEP_PATHS.checkAnswers);
      } else {
        navigate(afterChild({ ...draft, ...changes }));
      }
    } catch {
      setErrors({ form: 'Sorry, we could not check for children the MACE already knows. Try again.' });
    } finally {
      setChecking(false);
    }
  }

  return (
    <StepLayout title="About the child" back="/" errors={summary}>
      <h1 className="govuk-heading-l">About the child</h1>
      <p className="govuk-body">We will check whether the MACE already knows this child before you go on.</p>
      <form noValidate onSubmit={submit}>
        <TextInput
          id="givenName"
          name="givenName"
          label="First name"
          autoComplete="off"
          spellCheck={false}
          value={form.givenName}
          error={errors['givenName']}
          onChange={(event) => setForm({ ...form, givenName: event.target.value })}
        />
        <TextInput
          id="familyName"
          name="familyName"
          label="Last name"
          autoComplete="off"
          spellCheck={false}
          value={form.familyName}
          error={errors['familyName']}
          onChange={(event) => setForm({ ...form, familyName: event.target.value })}
        />
        <TextInput
          id="knownAs"
          name="knownAs"
          label="Other names the child is known by (optional)"
          hint="Nicknames, street names or previous names. Separate names with commas."
          autoComplete="off"
          spellCheck={false}
          value={form.knownAs}
          error={errors['knownAs']}
          onChange={(event) => setForm({ ...form, knownAs: event.target.value })}
        />
        <DateInput
          id="dateOfBirth"
          legend="Date of birth"
          hint="For example, 27 3 2010"
          value={form.dateOfBirth}
          error={errors['dateOfBirth']}
          onChange={(dateOfBirth: DateParts) => setForm({ ...form, dateOfBirth })}
        />
        {(districts.data?.districts.length ?? 0) > 6 ? (
          <Select
            id="districtId"
            name="districtId"
            label="District where the child lives"
            labelSize="m"
            value={form.districtId}
            error={errors['districtId']}
            onChange={(districtId) => setForm({ ...form, districtId })}
            options={[{ value: '', label: 'Select a district' }, ...(districts.data?.districts ?? []).map((d) => ({ value: d.id, label: d.name }))]}
          />
        ) : (
          <Radios
            id="districtId"
            name="districtId"
            legend="District where the child lives"
            value={form.districtId}
            error={errors['districtId']}
            onChange={(districtId) => setForm({ ...form, districtId })}
            options={(districts.data?.districts ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        )}
        <Button disabled={checking}>Continue</Button>
      </form>
    </StepLayout>
  );
}
