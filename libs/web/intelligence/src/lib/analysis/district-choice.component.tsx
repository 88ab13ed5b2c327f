import { useSearchParams } from 'react-router';
import { useCurrentUser } from '@mace/web-shell';
import { Select } from '@mace/web-ui';

/** The district an analysis is about: `?district=` or the caller's first; a choice when they have several. */
export function useDistrictChoice(): [string, (id: string) => void] {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('district');
  const id = user.districts.some((d) => d.id === chosen) ? (chosen as string) : (user.districts[0]?.id ?? '');
  return [id, (next: string) => setParams({ district: next })];
}

export function DistrictChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const user = useCurrentUser();
  if (user.districts.length < 2) return null;
  return (
    <div className="app-intel-no-print">
      <Select id="district" name="district" label="District" value={value} onChange={onChange} options={user.districts.map((d) => ({ value: d.id, label: d.name }))} />
    </div>
  );
}
