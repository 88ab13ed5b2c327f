import { FilterPanel } from '@mace/web-ui';
import type { ChildListQuery } from '../child-list/child-list-query';
import { ChildCriteriaFilters } from '../common/child-criteria-filters.component';

export interface FiguresFilterProps {
  query: ChildListQuery;
  onApply: (query: ChildListQuery) => void;
}

/**
 * The filters pseudonymisedChildren offers. The district is chosen for the whole page, above the
 * figures, so it is not repeated here.
 */
export function FiguresFilter({ query, onApply }: FiguresFilterProps) {
  return (
    <FilterPanel value={query} label="Filter the pseudonymised list" headingLevel={3} onApply={onApply}>
      {(draft, setDraft) => <ChildCriteriaFilters draft={draft} setDraft={setDraft} />}
    </FilterPanel>
  );
}
