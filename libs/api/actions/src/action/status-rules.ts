import { ACTION_STATUS_LABELS, ActionStatus, UNFINISHED_ACTION_STATUSES } from '@mace/shared-domain';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/** Statuses that end an action; once reached, nothing about it changes again. */
export const FINAL_ACTION_STATUSES: readonly ActionStatus[] = Object.values(ActionStatus).filter(
  (status) => !UNFINISHED_ACTION_STATUSES.includes(status),
);

/** Statuses that need a reason, with the question the form asks. */
export const REASON_NEEDED: Partial<Record<ActionStatus, string>> = {
  [ActionStatus.NOT_POSSIBLE]: 'Enter why the action is not possible',
  [ActionStatus.NOT_DONE]: 'Enter why the action was not done',
  [ActionStatus.CANCELLED]: 'Enter why the action is cancelled',
};

export const OUTCOME_NEEDED = 'Enter the outcome of the action';

export const REASON_ONLY_WITH = 'Only give a reason when the action is not possible, not done or cancelled';
export const OUTCOME_ONLY_WITH = 'Only give an outcome when the action is done';

export function isFinal(status: ActionStatus): boolean {
  return FINAL_ACTION_STATUSES.includes(status);
}

export function needsReason(status: ActionStatus | null | undefined): boolean {
  return status != null && REASON_NEEDED[status] !== undefined;
}

/** The message for a reason left out, by the status chosen. */
export const reasonMessage = (args: ValidationArguments): string =>
  REASON_NEEDED[(args.object as { status?: ActionStatus }).status as ActionStatus] ?? REASON_ONLY_WITH;

/** Told when an update reaches an action that is already finished. */
export function finalMessage(status: ActionStatus): string {
  return `This action is already marked “${ACTION_STATUS_LABELS[status]}” and cannot be changed`;
}

/** The field may only be given together with one of `statuses` in the input's `status`. */
export function OnlyWithStatus(statuses: readonly ActionStatus[], options: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'onlyWithStatus',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const status = (args.object as { status?: ActionStatus | null }).status;
          return value == null || (status != null && statuses.includes(status));
        },
      },
    });
}
