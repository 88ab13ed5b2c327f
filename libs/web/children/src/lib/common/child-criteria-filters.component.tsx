import { CHILD_STATUS_LABELS, RISK_LEVEL_LABELS, RiskLevel } from '@mace/shared-domain';
import { Checkboxes } from '@mace/web-ui';
import type { ChildListQuery } from '../child-list/child-list-query';
import { optionsFrom } from './labelled-list';

// Highest risk first, as people scan for it.
const RISK_OPTIONS = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.NONE].map((level) => ({
  value: level,
  label: RISK_LEVEL_LABELS[level],
}));

type Criteria = Pick<ChildListQuery, 'riskLevels' | 'statuses' | 'reviewDue'>;

/** Risk level, status and review due: the filters every list of children offers. */
export function ChildCriteriaFilters<T extends Criteria>({ draft, setDraft }: { draft: T; setDraft: (next: T) => void }) {
  return (
    <>
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
    </>
  );
}
