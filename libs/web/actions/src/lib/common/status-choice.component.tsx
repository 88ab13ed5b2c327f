import { ACTION_STATUS_LABELS, ActionStatus } from '@mace/shared-domain';
import type { FieldErrors } from '@mace/web-children';
import { Radios, Textarea, type RadioOption } from '@mace/web-ui';
import { reasonFieldId, type StatusChoice } from './status-choice';

export interface StatusChoiceFieldsProps {
  /** Prefixes every id, so two of these (or a filter's "status") can share a page. */
  idPrefix?: string;
  legend: string;
  statuses: ActionStatus[];
  /** Offered first, as "no change", when the status is optional (logging progress only). */
  keepLabel?: string;
  value: StatusChoice;
  onChange: (value: StatusChoice) => void;
  errors: FieldErrors;
}

const REASON_LABELS: Partial<Record<ActionStatus, { label: string; hint: string }>> = {
  [ActionStatus.NOT_POSSIBLE]: { label: 'What changed?', hint: 'Why the action is no longer possible, for example the child moved out of the area' },
  [ActionStatus.NOT_DONE]: { label: 'Why was it not done?', hint: 'The agency could have done it but did not; say why' },
  [ActionStatus.CANCELLED]: { label: 'Why is it cancelled?', hint: 'Cancelling is the chair’s decision; the owner agency is told' },
};

/** Status radios with the outcome or reason revealed under the status that needs it. */
export function StatusChoiceFields({ idPrefix = '', legend, statuses, keepLabel, value, onChange, errors }: StatusChoiceFieldsProps) {
  const options: RadioOption[] = statuses.map((status) => {
    const reason = REASON_LABELS[status];
    return {
      value: status,
      label: ACTION_STATUS_LABELS[status],
      conditional:
        status === ActionStatus.DONE ? (
          <Textarea
            id={`${idPrefix}outcomeNote`}
            name="outcomeNote"
            label="Outcome"
            hint="What was done and what difference it made for the child"
            value={value.outcomeNote}
            error={errors['outcomeNote']}
            onChange={(outcomeNote) => onChange({ ...value, outcomeNote })}
            rows={4}
          />
        ) : reason ? (
          <Textarea
            id={reasonFieldId(idPrefix, status)}
            name={`reason-${status}`}
            label={reason.label}
            hint={reason.hint}
            value={value.reason}
            error={value.status === status ? errors['reason'] : undefined}
            onChange={(text) => onChange({ ...value, reason: text })}
            rows={4}
          />
        ) : undefined,
    };
  });
  return (
    <Radios
      id={`${idPrefix}status`}
      name={`${idPrefix}status`}
      legend={legend}
      legendSize="s"
      value={value.status}
      error={errors['status']}
      onChange={(status) => onChange({ ...value, status: status as ActionStatus | '' })}
      options={keepLabel ? [{ value: '', label: keepLabel }, ...options] : options}
    />
  );
}
