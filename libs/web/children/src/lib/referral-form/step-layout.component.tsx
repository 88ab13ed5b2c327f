import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { BackLink, ErrorSummary, useFocusHash, usePageTitle, type ErrorSummaryItem } from '@mace/web-ui';
import { CHANGE_PARAM, STEP_PATHS } from './referral-steps';

export type FieldErrors = Record<string, string | undefined>;

/** Summary entries in the order fields appear on the page, each linking to its control. */
export function errorSummaryOf(errors: FieldErrors, order: readonly (readonly [field: string, id: string])[]): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];
  for (const [field, id] of order) {
    const text = errors[field];
    if (text) items.push({ text, href: `#${id}` });
  }
  if (errors['form']) items.unshift({ text: errors['form'] });
  return items;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}

/** Whether the page was opened from "Change" on the check answers page. */
export function useChanging(): boolean {
  const [params] = useSearchParams();
  return params.get(CHANGE_PARAM) === '1';
}

export interface StepLayoutProps {
  title: string;
  back: string;
  /** Memoised by the page: a new array takes focus to the summary again. */
  errors: ErrorSummaryItem[];
  children: ReactNode;
  /** Wider content, such as the screening questions. */
  wide?: boolean;
}

/** The frame of every page of the referral form: back link, error summary, caption. */
export function StepLayout({ title, back, errors, children, wide = false }: StepLayoutProps) {
  const changing = useChanging();
  usePageTitle(title, errors.length > 0);
  useFocusHash();

  return (
    <div className="govuk-grid-row">
      <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
        <BackLink to={changing ? STEP_PATHS.checkAnswers : back} />
        {errors.length > 0 && <ErrorSummary errors={errors} />}
        <span className="govuk-caption-l">Make a referral</span>
        {children}
      </div>
    </div>
  );
}
