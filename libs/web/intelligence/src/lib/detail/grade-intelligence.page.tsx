import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  HANDLING_CODE_LABELS,
  HandlingCode,
  INTELLIGENCE_ASSESSMENT_LABELS,
  SOURCE_EVALUATION_LABELS,
  type IntelligenceAssessment,
  type SourceEvaluation,
} from '@mace/shared-domain';
import { errorSummaryOf, optionsFrom, type FieldErrors } from '@mace/web-children';
import { GradeIntelligenceDocument, type IntelligenceDetailFragment, apiFormErrors } from '@mace/web-data-access';
import { BackLink, Button, ErrorSummary, InsetText, Radios, Textarea, usePageTitle } from '@mace/web-ui';
import { intelligencePath } from '../common/intelligence-paths';
import { gradeFormErrors, initialGradeForm, toGradeInput, type GradeForm } from './grade-form';
import { IntelligenceLoader } from './intelligence-loader.component';
import { STALE_EDIT } from '../common/stale-edit';

const ORDER = [
  ['sourceEvaluation', 'sourceEvaluation'],
  ['intelligenceAssessment', 'intelligenceAssessment'],
  ['handlingCode', 'handlingCode'],
  ['handlingConditions', 'handlingConditions'],
  ['sanitisedText', 'sanitisedText'],
] as const;
const FIELDS = ORDER.map(([field]) => field);

/** The SPOC grades intelligence 3x5x2 and writes the version partners may see. */
export function GradeIntelligencePage() {
  return <IntelligenceLoader>{(intelligence) => <GradeFormView intel={intelligence} />}</IntelligenceLoader>;
}

function GradeFormView({ intel }: { intel: IntelligenceDetailFragment }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<GradeForm>(() => initialGradeForm(intel));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [grade, { loading }] = useMutation(GradeIntelligenceDocument);
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);
  usePageTitle(`Grade intelligence ${intel.reference}`, summary.length > 0);
  const set = (change: Partial<GradeForm>) => setForm((current) => ({ ...current, ...change }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = gradeFormErrors(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await grade({ variables: { input: toGradeInput(intel.id, intel.version, form) } });
      navigate(intelligencePath(intel.id));
    } catch (caught) {
      setErrors(apiFormErrors(caught, FIELDS, 'Only the SPOC of the intelligence’s district can grade it', STALE_EDIT));
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={intelligencePath(intel.id)}>{`Back to ${intel.reference}`}</BackLink>
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        <span className="govuk-caption-l">{intel.reference}</span>
        <h1 className="govuk-heading-l">Grade this intelligence</h1>
        <InsetText>
          <span className="app-intel-pre">{intel.what}</span>
        </InsetText>
        <form noValidate onSubmit={submit}>
          <Radios
            id="sourceEvaluation"
            name="sourceEvaluation"
            legend="Source evaluation"
            value={form.sourceEvaluation}
            error={errors['sourceEvaluation']}
            onChange={(value) => set({ sourceEvaluation: value as SourceEvaluation })}
            options={optionsFrom(SOURCE_EVALUATION_LABELS)}
          />
          <Radios
            id="intelligenceAssessment"
            name="intelligenceAssessment"
            legend="Intelligence assessment"
            value={form.intelligenceAssessment}
            error={errors['intelligenceAssessment']}
            onChange={(value) => set({ intelligenceAssessment: value as IntelligenceAssessment })}
            options={optionsFrom(INTELLIGENCE_ASSESSMENT_LABELS)}
          />
          <Radios
            id="handlingCode"
            name="handlingCode"
            legend="Handling code"
            value={form.handlingCode}
            error={errors['handlingCode']}
            onChange={(value) => set({ handlingCode: value as HandlingCode })}
            options={optionsFrom(HANDLING_CODE_LABELS).map((option) =>
              option.value === HandlingCode.C
                ? {
                    ...option,
                    conditional: (
                      <Textarea
                        id="handlingConditions"
                        name="handlingConditions"
                        label="Conditions for sharing"
                        hint="Partners see these with the sanitised text"
                        value={form.handlingConditions}
                        error={errors['handlingConditions']}
                        onChange={(handlingConditions) => set({ handlingConditions })}
                        rows={3}
                      />
                    ),
                  }
                : option,
            )}
          />
          <Textarea
            id="sanitisedText"
            name="sanitisedText"
            label="Sanitised text"
            labelSize="m"
            hint="Remove names, sources and anything that could identify the source"
            value={form.sanitisedText}
            error={errors['sanitisedText']}
            onChange={(sanitisedText) => set({ sanitisedText })}
            rows={6}
          />
          <Button disabled={loading}>Save the grading</Button>
        </form>
      </div>
    </div>
  );
}
