import { FilterPanel, Select } from '@mace/web-ui';
import { ChildCriteriaFilters } from '../common/child-criteria-filters.component';
import { ORDER_LABELS, type ChildListQuery } from './child-list-query';

export interface ChildListFilterProps {
  query: ChildListQuery;
  districts: { id: string; name: string }[];
  onApply: (query: ChildListQuery) => void;
}

/** District, risk, status, review due and the order of the child list. */
export function ChildListFilter({ query, districts, onApply }: ChildListFilterProps) {
  return (
    <FilterPanel value={query} label="Filter and sort children" onApply={onApply}>
      {(draft, setDraft) => (
        <>
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
          <ChildCriteriaFilters draft={draft} setDraft={setDraft} />
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
        </>
      )}
    </FilterPanel>
  );
}
