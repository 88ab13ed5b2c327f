import { FilterPanel, Select } from '@mace/web-ui';
import type { MeetingsQuery } from './meetings-query';

export interface MeetingsFilterProps {
  query: MeetingsQuery;
  districts: readonly { id: string; name: string }[];
  types: readonly { id: string; name: string; district: { id: string; name: string } }[];
  onApply: (query: MeetingsQuery) => void;
}

/** District and meeting type; the types offered narrow to the district chosen. */
export function MeetingsFilter({ query, districts, types, onApply }: MeetingsFilterProps) {
  return (
    <FilterPanel value={query} label="Filter meetings" onApply={onApply}>
      {(draft, setDraft) => (
        <>
          {districts.length > 1 && (
            <Select
              id="district"
              name="district"
              label="District"
              labelSize="s"
              fullWidth
              value={draft.districtId}
              onChange={(districtId) => setDraft({ ...draft, districtId, meetingTypeId: '' })}
              options={[{ value: '', label: 'All your districts' }, ...districts.map((d) => ({ value: d.id, label: d.name }))]}
            />
          )}
          <Select
            id="type"
            name="type"
            label="Meeting type"
            labelSize="s"
            fullWidth
            value={draft.meetingTypeId}
            onChange={(meetingTypeId) => setDraft({ ...draft, meetingTypeId })}
            options={[
              { value: '', label: 'All meeting types' },
              ...types
                .filter((type) => !draft.districtId || type.district.id === draft.districtId)
                .map((type) => ({ value: type.id, label: districts.length > 1 ? `${type.name} (${type.district.name})` : type.name })),
            ]}
          />
        </>
      )}
    </FilterPanel>
  );
}
