import { useMemo, useState, type FormEvent } from 'react';
import { errorSummaryOf, hasErrors, isoDate, type FieldErrors } from '@mace/web-children';
import { Button, DateInput, ErrorSummary, Select, type DateParts } from '@mace/web-ui';
import { periodDateError, toParts, type DashboardQuery } from './dashboard-period';

export interface PeriodFormProps {
  query: DashboardQuery;
  districts: readonly { id: string; name: string }[];
  onApply: (query: DashboardQuery) => void;
}

const ORDER = [
  ['from', 'from-day'],
  ['to', 'to-day'],
] as const;

/** The district (when the chair covers several) and the period of the figures; applied on submit. */
export function PeriodForm({ query, districts, onApply }: PeriodFormProps) {
  const [districtId, setDistrictId] = useState(query.districtId);
  const [from, setFrom] = useState<DateParts>(toParts(query.from));
  const [to, setTo] = useState<DateParts>(toParts(query.to));
  const [errors, setErrors] = useState<FieldErrors>({});
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const start = isoDate(from);
    const end = isoDate(to);
    const found: FieldErrors = {
      from: periodDateError(from, 'Start date'),
      to: periodDateError(to, 'End date') ?? (start && end && end < start ? 'End date must be the same as or after the start date' : undefined),
    };
    if (hasErrors(found) || !start || !end) {
      setErrors(found);
      return;
    }
    setErrors({});
    onApply({ districtId, from: start, to: end });
  }

  return (
    <form noValidate onSubmit={submit} aria-label="Choose the district and period">
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      {districts.length > 1 && (
        <Select
          id="district"
          name="district"
          label="District"
          labelSize="s"
          value={districtId}
          onChange={setDistrictId}
          options={districts.map((d) => ({ value: d.id, label: d.name }))}
        />
      )}
      <div className="app-inline-form">
        <DateInput id="from" legend="From" legendSize="s" value={from} error={errors['from']} onChange={setFrom} />
        <DateInput id="to" legend="To" legendSize="s" value={to} error={errors['to']} onChange={setTo} />
        <Button variant="secondary">Show figures</Button>
      </div>
    </form>
  );
}
