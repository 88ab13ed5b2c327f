import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { ACTION_CATEGORY_LABELS, ActionCategory, Permission } from '@mace/shared-domain';
import { AgencyUsersDocument } from '@mace/web-data-access';
import { optionsFrom } from '@mace/web-children';
import { useHasPermission } from '@mace/web-shell';
import { Button, DateInput, Select, Textarea } from '@mace/web-ui';
import type { FieldErrors } from '../common/form-rules';
import { actionFieldId, type ActionRow } from './outcome-form';

export interface AgencyOption {
  id: string;
  name: string;
}

export interface ActionRowsProps {
  rows: ActionRow[];
  agencies: readonly AgencyOption[];
  errors: FieldErrors;
  onChange: (rows: ActionRow[]) => void;
  onAdd: () => void;
}

/**
 * New actions agreed for the item: as many rows as the meeting sets, each removable before recording.
 * Keyboard users keep their place: a new row takes focus in its first field, and removing a row moves
 * focus to the add button rather than losing it with the removed button.
 */
export function ActionRows({ rows, agencies, errors, onChange, onAdd }: ActionRowsProps) {
  const addButton = useRef<HTMLDivElement>(null);
  const update = (index: number, row: ActionRow) => onChange(rows.map((existing, i) => (i === index ? row : existing)));
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    addButton.current?.querySelector('button')?.focus();
  };
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Actions</legend>
      {rows.length === 0 && <p className="govuk-body">No new actions yet.</p>}
      {rows.map((row, index) => (
        <ActionRowFields
          key={row.key}
          index={index}
          row={row}
          agencies={agencies}
          errors={errors}
          onChange={(next) => update(index, next)}
          onRemove={() => remove(index)}
        />
      ))}
      <div ref={addButton}>
        <Button type="button" variant="secondary" onClick={onAdd}>
          {rows.length === 0 ? 'Add an action' : 'Add another action'}
        </Button>
      </div>
    </fieldset>
  );
}

interface ActionRowFieldsProps {
  index: number;
  row: ActionRow;
  agencies: readonly AgencyOption[];
  errors: FieldErrors;
  onChange: (row: ActionRow) => void;
  onRemove: () => void;
}

function ActionRowFields({ index, row, agencies, errors, onChange, onRemove }: ActionRowFieldsProps) {
  const has = useHasPermission();
  // Naming a person needs the agency's users, which only user:read may list; without it the field is left out.
  const canChooseOwner = has(Permission.USER_READ);
  const users = useQuery(AgencyUsersDocument, { variables: { agencyId: row.ownerAgencyId }, skip: !canChooseOwner || !row.ownerAgencyId });
  const error = (field: string) => errors[`actions.${index}.${field}`];
  const number = index + 1;
  // Rows mount only when the chair adds one (the form starts with none), so mounting means "just added".
  useEffect(() => document.getElementById(actionFieldId(index, 'description'))?.focus(), []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className="govuk-inset-text govuk-!-margin-top-0">
      <h3 className="govuk-heading-s">Action {number}</h3>
      <Textarea
        id={actionFieldId(index, 'description')}
        name={`action-${index}-description`}
        label={`What needs to be done (action ${number})`}
        value={row.description}
        error={error('description')}
        onChange={(description) => onChange({ ...row, description })}
        rows={3}
      />
      <Select
        id={actionFieldId(index, 'category')}
        name={`action-${index}-category`}
        label={`Category (action ${number})`}
        value={row.category}
        error={error('category')}
        onChange={(category) => onChange({ ...row, category: category as ActionCategory | '' })}
        options={[{ value: '', label: 'Choose a category' }, ...optionsFrom(ACTION_CATEGORY_LABELS)]}
      />
      <Select
        id={actionFieldId(index, 'ownerAgencyId')}
        name={`action-${index}-ownerAgencyId`}
        label={`Owner agency (action ${number})`}
        hint="A member agency of this meeting"
        value={row.ownerAgencyId}
        error={error('ownerAgencyId')}
        onChange={(ownerAgencyId) => onChange({ ...row, ownerAgencyId, ownerUserId: '' })}
        options={[{ value: '', label: 'Choose an agency' }, ...agencies.map((agency) => ({ value: agency.id, label: agency.name }))]}
      />
      {canChooseOwner && row.ownerAgencyId && (
        <Select
          id={actionFieldId(index, 'ownerUserId')}
          name={`action-${index}-ownerUserId`}
          label={`Owner person (action ${number}, optional)`}
          value={row.ownerUserId}
          error={error('ownerUserId')}
          onChange={(ownerUserId) => onChange({ ...row, ownerUserId })}
          options={[
            { value: '', label: 'No one named' },
            ...(users.data?.users.nodes ?? []).map((user) => ({ value: user.id, label: user.displayName })),
          ]}
        />
      )}
      <DateInput
        id={`action-${index}-dueOn`}
        legend={`Due date (action ${number})`}
        legendSize="s"
        hint="Today or later, for example 27 3 2027"
        value={row.due}
        error={error('dueOn')}
        onChange={(due) => onChange({ ...row, due })}
      />
      <Button type="button" variant="secondary" onClick={onRemove}>
        Remove action {number}
      </Button>
    </div>
  );
}
