import { useMemo, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import {
  EDUCATION_STATUS_LABELS,
  ETHNICITY_LABELS,
  EXPLOITATION_TYPE_LABELS,
  GENDER_LABELS,
  LOOKED_AFTER_STATUS_LABELS,
  OFFENDING_MODEL_LABELS,
  VULNERABILITY_LABELS,
  type EducationStatus,
  type Ethnicity,
  type ExploitationType,
  type Gender,
  type LookedAfterStatus,
  type OffendingModel,
  type Vulnerability,
} from '@mace/shared-domain';
import { Button, Checkboxes, Radios, Select, Textarea, TextInput } from '@mace/web-ui';
import { optionsFrom } from '../common/labelled-list';
import { withoutServerErrors, type DraftField, type ReferralDraft } from './referral-draft';
import { useReferralDraft } from './referral-draft.context';
import { STEP_PATHS } from './referral-steps';
import { errorSummaryOf, hasErrors, StepLayout, useChanging, type FieldErrors } from './step-layout.component';
import { NAME_MAX, optionalText, SHORT_TEXT_MAX } from './validation';

type DetailsForm = Pick<
  ReferralDraft,
  | 'gender'
  | 'ethnicitySelfDefined'
  | 'ethnicityObserved'
  | 'address'
  | 'postcode'
  | 'educationStatus'
  | 'schoolName'
  | 'lookedAfterStatus'
  | 'socialWorkerName'
  | 'exploitationTypes'
  | 'offendingModels'
  | 'vulnerabilities'
>;

const FIELDS: DraftField[] = [
  'gender',
  'ethnicitySelfDefined',
  'ethnicityObserved',
  'address',
  'postcode',
  'educationStatus',
  'schoolName',
  'lookedAfterStatus',
  'socialWorkerName',
  'exploitationTypes',
  'offendingModels',
  'vulnerabilities',
];
const ORDER = FIELDS.map((field) => [field, field] as const);
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
const ETHNICITY_OPTIONS = optionsFrom(ETHNICITY_LABELS);

/** Step 2: more about a new child. Skipped when the referral is about a child the MACE already knows. */
export function ChildDetailsStepPage() {
  const { draft, update } = useReferralDraft();
  const navigate = useNavigate();
  const changing = useChanging();
  const [form, setForm] = useState<DetailsForm>(() => ({
    gender: draft.gender,
    ethnicitySelfDefined: draft.ethnicitySelfDefined,
    ethnicityObserved: draft.ethnicityObserved,
    address: draft.address,
    postcode: draft.postcode,
    educationStatus: draft.educationStatus,
    schoolName: draft.schoolName,
    lookedAfterStatus: draft.lookedAfterStatus,
    socialWorkerName: draft.socialWorkerName,
    exploitationTypes: draft.exploitationTypes,
    offendingModels: draft.offendingModels,
    vulnerabilities: draft.vulnerabilities,
  }));
  const [errors, setErrors] = useState<FieldErrors>(() => ({ ...draft.serverErrors }));
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);

  if (draft.existingChild) return <Navigate to={STEP_PATHS.concerns} replace />;

  const set = <K extends keyof DetailsForm>(key: K) => (value: DetailsForm[K]) => setForm({ ...form, [key]: value });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: FieldErrors = {
      gender: form.gender ? undefined : 'Select the child’s gender, or ‘Not known’',
      address: optionalText(form.address, SHORT_TEXT_MAX, 'Address'),
      postcode: form.postcode.trim() && !POSTCODE.test(form.postcode.trim()) ? 'Enter a real postcode, like S1 2HE' : undefined,
      schoolName: optionalText(form.schoolName, NAME_MAX, 'School or college'),
      socialWorkerName: optionalText(form.socialWorkerName, NAME_MAX, 'Social worker’s name'),
    };
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    update({
      ...form,
      address: form.address.trim(),
      postcode: form.postcode.trim().toUpperCase(),
      schoolName: form.schoolName.trim(),
      socialWorkerName: form.socialWorkerName.trim(),
      serverErrors: withoutServerErrors(draft, FIELDS),
    });
    navigate(changing ? STEP_PATHS.checkAnswers : STEP_PATHS.concerns);
  }

  return (
    <StepLayout title="More about the child" back={STEP_PATHS.child} errors={summary}>
      <h1 className="govuk-heading-l">More about {draft.givenName || 'the child'}</h1>
      <p className="govuk-body">Give what you know. You can leave out what you do not know.</p>
      <form noValidate onSubmit={submit}>
        <Radios id="gender" name="gender" legend="Gender" value={form.gender} error={errors['gender']} onChange={(v) => set('gender')(v as Gender)} options={optionsFrom(GENDER_LABELS)} />
        <Select
          id="ethnicitySelfDefined"
          name="ethnicitySelfDefined"
          label="Ethnicity, as the child describes it"
          labelSize="m"
          hint="Choose ‘Not stated’ if the child chose not to say, ‘Refused’ if they refused, ‘Not yet recorded’ if nobody has asked"
          value={form.ethnicitySelfDefined}
          error={errors['ethnicitySelfDefined']}
          onChange={(v) => set('ethnicitySelfDefined')(v as Ethnicity)}
          options={ETHNICITY_OPTIONS}
        />
        <Select
          id="ethnicityObserved"
          name="ethnicityObserved"
          label="Ethnicity, as observed by a professional"
          labelSize="m"
          value={form.ethnicityObserved}
          error={errors['ethnicityObserved']}
          onChange={(v) => set('ethnicityObserved')(v as Ethnicity)}
          options={ETHNICITY_OPTIONS}
        />
        <Textarea id="address" name="address" label="Address" labelSize="m" rows={3} value={form.address} error={errors['address']} onChange={set('address')} />
        <TextInput
          id="postcode"
          name="postcode"
          label="Postcode"
          inputClassName="govuk-input--width-10"
          autoComplete="off"
          value={form.postcode}
          error={errors['postcode']}
          onChange={(event) => set('postcode')(event.target.value)}
        />
        <Radios
          id="educationStatus"
          name="educationStatus"
          legend="Education"
          value={form.educationStatus}
          error={errors['educationStatus']}
          onChange={(v) => set('educationStatus')(v as EducationStatus)}
          options={optionsFrom(EDUCATION_STATUS_LABELS)}
        />
        <TextInput
          id="schoolName"
          name="schoolName"
          label="School, college or provider (optional)"
          value={form.schoolName}
          error={errors['schoolName']}
          onChange={(event) => set('schoolName')(event.target.value)}
        />
        <Radios
          id="lookedAfterStatus"
          name="lookedAfterStatus"
          legend="Is the child looked after?"
          value={form.lookedAfterStatus}
          error={errors['lookedAfterStatus']}
          onChange={(v) => set('lookedAfterStatus')(v as LookedAfterStatus)}
          options={optionsFrom(LOOKED_AFTER_STATUS_LABELS)}
        />
        <TextInput
          id="socialWorkerName"
          name="socialWorkerName"
          label="Allocated social worker (optional)"
          value={form.socialWorkerName}
          error={errors['socialWorkerName']}
          onChange={(event) => set('socialWorkerName')(event.target.value)}
        />
        <Checkboxes
          id="exploitationTypes"
          name="exploitationTypes"
          legend="What kind of exploitation are you worried about?"
          hint="Select all that apply"
          values={form.exploitationTypes}
          error={errors['exploitationTypes']}
          onChange={(v) => set('exploitationTypes')(v as ExploitationType[])}
          options={optionsFrom(EXPLOITATION_TYPE_LABELS)}
        />
        <Checkboxes
          id="offendingModels"
          name="offendingModels"
          legend="How is the child being exploited, if known?"
          hint="Select all that apply"
          values={form.offendingModels}
          error={errors['offendingModels']}
          onChange={(v) => set('offendingModels')(v as OffendingModel[])}
          options={optionsFrom(OFFENDING_MODEL_LABELS)}
        />
        <Checkboxes
          id="vulnerabilities"
          name="vulnerabilities"
          legend="Vulnerabilities"
          hint="Select all that apply"
          values={form.vulnerabilities}
          error={errors['vulnerabilities']}
          onChange={(v) => set('vulnerabilities')(v as Vulnerability[])}
          options={optionsFrom(VULNERABILITY_LABELS)}
        />
        <Button>Continue</Button>
      </form>
    </StepLayout>
  );
}
