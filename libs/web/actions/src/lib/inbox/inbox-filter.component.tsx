import { ACTION_STATUS_LABELS } from '@mace/shared-domain';
import { optionsFrom } from '@mace/web-children';
import { Checkboxes, FilterPanel, Select, type SelectOption } from '@mace/web-ui';
import { ORDER_LABELS, OWNER_ME, type InboxQuery } from './inbox-query';

export interface InboxFilterProps {
  query: InboxQuery;
  agencyName: string;
  districts: readonly { id: string; name: string }[];
  /** Children and owners of the actions listed, to narrow to one of them. */
  children: SelectOption[];
  owners: SelectOption[];
  onApply: (query: InboxQuery) => void;
}

/** Owner agency, status, overdue, child, owner, district and the order of the inbox. */
export function InboxFilter({ query, agencyName, districts, children, owners, onApply }: InboxFilterProps) {
  return (
    <FilterPanel value={query} label="Filter and sort actions" onApply={onApply}>
      {(draft, setDraft) => (
        <>
          <Select
            id="agency"
            name="agency"
            label="Owner agency"
            labelSize="s"
            fullWidth
            value={draft.allAgencies ? 'all' : ''}
            onChange={(value) => setDraft({ ...draft, allAgencies: value === 'all' })}
            options={[
              { value: '', label: `Your agency (${agencyName})` },
              { value: 'all', label: 'All agencies' },
            ]}
          />
          <Checkboxes
            id="status"
            name="status"
            legend="Status"
            legendSize="s"
            small
            options={optionsFrom(ACTION_STATUS_LABELS)}
            values={draft.statuses}
            onChange={(values) => setDraft({ ...draft, statuses: values as InboxQuery['statuses'] })}
          />
          <Checkboxes
            id="overdue"
            name="overdue"
            legend="Due date"
            legendSize="s"
            small
            options={[{ value: 'yes', label: 'Overdue' }]}
            values={draft.overdue ? ['yes'] : []}
            onChange={(values) => setDraft({ ...draft, overdue: values.includes('yes') })}
          />
          <Select
            id="child"
            name="child"
            label="Child"
            labelSize="s"
            fullWidth
            value={draft.childId}
            onChange={(childId) => setDraft({ ...draft, childId })}
            options={[{ value: '', label: 'Any child' }, ...children]}
          />
          <Select
            id="owner"
            name="owner"
            label="Owner"
            labelSize="s"
            fullWidth
            value={draft.owner}
            onChange={(owner) => setDraft({ ...draft, owner })}
            options={[{ value: '', label: 'Anyone' }, { value: OWNER_ME, label: 'Assigned to me' }, ...owners]}
          />
          {districts.length > 1 && (
            <Select
              id="district"
              name="district"
              label="District"
              labelSize="s"
              fullWidth
              value={draft.districtId}
              onChange={(districtId) => setDraft({ ...draft, districtId })}
              options={[{ value: '', label: 'All your districts' }, ...districts.map((d) => ({ value: d.id, label: d.name }))]}
            />
          )}
          <Select
            id="order"
            name="order"
            label="Sort by"
            labelSize="s"
            fullWidth
            value={draft.orderBy}
            onChange={(orderBy) => setDraft({ ...draft, orderBy: orderBy as InboxQuery['orderBy'] })}
            options={Object.entries(ORDER_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </>
      )}
    </FilterPanel>
  );
}
