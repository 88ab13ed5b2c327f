import { useState, type FormEvent } from 'react';
import { CHILD_STATUS_LABELS, RISK_LEVEL_LABELS, RiskLevel } from '@mace/shared-domain';
import { Button, Checkboxes } from '@mace/web-ui';
import { optionsFrom } from '../common/labelled-list';
import type { ChildListQuery } from '../child-list/child-list-query';

export interface FiguresFilterProps {
  query: ChildListQuery;
  onApply: (query: ChildListQuery) => void;
}

// Highest risk first, as in the chart above the list.
const RISK_OPTIONS = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.NONE].map((level) => ({
  value: level,
  label: RISK_LEVEL_LABELS[level],
}));

/**
 * The filters pseudonymisedChildren offers, in the MOJ filter layout and applied on submit. The
 * district is chosen for the whole page, above the figures, so it is not repeated here.
 */
export function FiguresFilter({ query, onApply }: FiguresFilterProps) {
  const [draft, setDraft] = useState(query);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <div className="moj-filter">
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <h3 className="govuk-heading-m">Filter</h3>
        </div>
      </div>
      <div className="moj-filter__content">
        <form className="moj-filter__options" noValidate onSubmit={submit} aria-label="Filter the pseudonymised list">
          <Checkboxes
            id="risk"
            name="risk"
            legend="Risk level"
            legendSize="s"
            small
            options={RISK_OPTIONS}
            values={draft.riskLevels}
            onChange={(values) => setDraft({ ...draft, riskLevels: values as RiskLevel[] })}
          />
          <Checkboxes
            id="status"
            name="status"
            legend="Status"
            legendSize="s"
            small
            options={optionsFrom(CHILD_STATUS_LABELS)}
            values={draft.statuses}
            onChange={(values) => setDraft({ ...draft, statuses: values as ChildListQuery['statuses'] })}
          />
          <Checkboxes
            id="reviewDue"
            name="reviewDue"
            legend="Review"
            legendSize="s"
            small
            options={[{ value: 'yes', label: 'Review due or overdue' }]}
            values={draft.reviewDue ? ['yes'] : []}
            onChange={(values) => setDraft({ ...draft, reviewDue: values.includes('yes') })}
          />
          <Button>Apply filters</Button>
        </form>
      </div>
    </div>
  );
}
