import { useState, type FormEvent } from 'react';
import { CHILD_STATUS_LABELS, RISK_LEVEL_LABELS, RiskLevel } from '@mace/shared-domain';
import { Button, Checkboxes, Select } from '@mace/web-ui';
import { optionsFrom } from '../common/labelled-list';
import { ORDER_LABELS, type ChildListQuery } from './child-list-query';

export interface ChildListFilterProps {
  query: ChildListQuery;
  districts: { id: string; name: string }[];
  onApply: (query: ChildListQuery) => void;
}

// Highest risk first, as people scan for it.
const RISK_OPTIONS = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.NONE].map((level) => ({
  value: level,
  label: RISK_LEVEL_LABELS[level],
}));

/** The filter panel (MOJ filter layout): applied on submit, so the list does not jump while choosing. */
export function ChildListFilter({ query, districts, onApply }: ChildListFilterProps) {
  const [draft, setDraft] = useState(query);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <div className="moj-filter">
      <div className="moj-filter__header">
        <div className="moj-filter__header-title">
          <h2 className="govuk-heading-m">Filter</h2>
        </div>
      </div>
      <div className="moj-filter__content">
        <form className="moj-filter__options" noValidate onSubmit={submit} aria-label="Filter and sort children">
          <Select
            id="district"
            name="district"
            label="District"
            labelSize="s"
            fullWidth
            value={draft.districtId}
            onChange={(districtId) => setDraft({ ...draft, districtId })}
            options={[{ value: '', label: 'All districts' }, ...districts.map((d) => ({ value: d.id, label: d.name }))]}
          />
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
          <Select
            id="order"
            name="order"
            label="Sort by"
            labelSize="s"
            fullWidth
            value={draft.orderBy}
            onChange={(orderBy) => setDraft({ ...draft, orderBy: orderBy as ChildListQuery['orderBy'] })}
            options={Object.entries(ORDER_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <Button>Apply filters</Button>
        </form>
      </div>
    </div>
  );
}
