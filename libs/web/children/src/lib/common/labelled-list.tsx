import type { ReactNode } from 'react';

/** Coded values as their labels: "None" when empty, a plain list otherwise. */
export function labelledList<T extends string>(values: readonly T[], labels: Record<T, string>, none = 'None recorded'): ReactNode {
  if (values.length === 0) return none;
  if (values.length === 1) return labels[values[0]];
  return (
    <ul className="govuk-list govuk-list--bullet">
      {values.map((value) => (
        <li key={value}>{labels[value]}</li>
      ))}
    </ul>
  );
}

/** Enum labels as options for radios, checkboxes or selects, in the label table's order. */
export function optionsFrom<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

export function orNotRecorded(value: string | null | undefined): string {
  return value?.trim() ? value : 'Not recorded';
}
