import { useQuery } from '@apollo/client/react';
import { AGENDA_RULE_LABELS, MEETING_KIND_LABELS, MeetingKind, Permission } from '@mace/shared-domain';
import type { FieldErrors } from '@mace/web-children';
import { AgenciesDocument, DistrictsDocument } from '@mace/web-data-access';
import { useCurrentUser, useHasPermission } from '@mace/web-shell';
import { CharacterCount, Checkboxes, Radios, Select, TextInput } from '@mace/web-ui';
import { STATEMENT_MAX } from '../common/form-rules';
import { CONFIGURABLE_RULES, type MeetingTypeForm } from './meeting-type-form';

export interface MeetingTypeFieldsProps {
  form: MeetingTypeForm;
  errors: FieldErrors;
  onChange: (change: Partial<MeetingTypeForm>) => void;
  /** District and kind are chosen when the type is created and fixed after. */
  creating: boolean;
  districtName?: string;
}

export function MeetingTypeFields({ form, errors, onChange, creating, districtName }: MeetingTypeFieldsProps) {
  const user = useCurrentUser();
  const has = useHasPermission();
  // A chair configures their own districts' types; an administrator any district's.
  const ownDistrictsOnly = has(Permission.MEETING_MANAGE_DISTRICT);
  const districts = useQuery(DistrictsDocument, { skip: !creating || ownDistrictsOnly });
  const districtOptions = ownDistrictsOnly ? user.districts : (districts.data?.districts ?? []);
  const agencies = useQuery(AgenciesDocument, { variables: {} });
  const agencyOptions = (agencies.data?.agencies.nodes ?? []).filter(
    (agency) => (agency.active || form.coreAgencyIds.includes(agency.id)) && (!agency.district || agency.district.id === form.districtId),
  );

  return (
    <>
      {creating ? (
        <>
          <Select
            id="districtId"
            name="districtId"
            label="District"
            labelSize="m"
            value={form.districtId}
            error={errors['districtId']}
            onChange={(districtId) => onChange({ districtId, coreAgencyIds: [] })}
            options={[{ value: '', label: 'Select a district' }, ...districtOptions.map((d) => ({ value: d.id, label: d.name }))]}
          />
          <Radios
            id="kind"
            name="kind"
            legend="Kind of meeting"
            value={form.kind}
            error={errors['kind']}
            onChange={(kind) => onChange({ kind: kind as MeetingKind })}
            options={Object.values(MeetingKind).map((kind) => ({ value: kind, label: MEETING_KIND_LABELS[kind] }))}
          />
        </>
      ) : (
        <p className="govuk-body">
          {MEETING_KIND_LABELS[form.kind as MeetingKind]}, {districtName}
        </p>
      )}
      <TextInput id="name" name="name" label="Name" labelSize="m" hint="As attendees know it, such as Sheffield MACE" value={form.name} error={errors['name']} onChange={(event) => onChange({ name: event.target.value })} />
      <TextInput
        id="cadenceDays"
        name="cadenceDays"
        label="Days between meetings"
        labelSize="s"
        hint="7 for weekly, 14 for fortnightly, 28 for four-weekly"
        inputMode="numeric"
        inputClassName="govuk-input--width-3"
        value={form.cadenceDays}
        error={errors['cadenceDays']}
        onChange={(event) => onChange({ cadenceDays: event.target.value })}
      />
      <TextInput
        id="defaultStartTime"
        name="defaultStartTime"
        label="Usual start time"
        labelSize="s"
        hint="On the 24-hour clock, UK time, like 10:00"
        inputClassName="govuk-input--width-5"
        value={form.defaultStartTime}
        error={errors['defaultStartTime']}
        onChange={(event) => onChange({ defaultStartTime: event.target.value })}
      />
      <TextInput
        id="defaultDurationMinutes"
        name="defaultDurationMinutes"
        label="Usual duration, in minutes"
        labelSize="s"
        hint="Between 15 and 480"
        inputMode="numeric"
        inputClassName="govuk-input--width-4"
        value={form.defaultDurationMinutes}
        error={errors['defaultDurationMinutes']}
        onChange={(event) => onChange({ defaultDurationMinutes: event.target.value })}
      />
      <TextInput
        id="defaultTimeboxMinutes"
        name="defaultTimeboxMinutes"
        label="Usual time per agenda item, in minutes"
        labelSize="s"
        hint="Between 1 and 120; the chair can change it per item"
        inputMode="numeric"
        inputClassName="govuk-input--width-3"
        value={form.defaultTimeboxMinutes}
        error={errors['defaultTimeboxMinutes']}
        onChange={(event) => onChange({ defaultTimeboxMinutes: event.target.value })}
      />
      <Checkboxes
        id="agendaRules"
        name="agendaRules"
        legend="Rules that build the agenda"
        hint="Building the agenda adds the children each ticked rule finds. The chair can always add items too."
        options={CONFIGURABLE_RULES.map((rule) => ({ value: rule, label: AGENDA_RULE_LABELS[rule] }))}
        values={form.agendaRules}
        error={errors['agendaRules']}
        onChange={(values) => onChange({ agendaRules: values as MeetingTypeForm['agendaRules'] })}
      />
      <Checkboxes
        id="coreAgencyIds"
        name="coreAgencyIds"
        legend="Core agencies"
        hint={form.districtId ? 'Invited to every meeting of this type' : 'Select the district first'}
        options={agencyOptions.map((agency) => ({ value: agency.id, label: agency.name }))}
        values={form.coreAgencyIds}
        error={errors['coreAgencyIds']}
        onChange={(coreAgencyIds) => onChange({ coreAgencyIds })}
      />
      <CharacterCount
        id="confidentialityStatement"
        name="confidentialityStatement"
        label="Confidentiality statement"
        labelSize="m"
        hint="Every attendee accepts this before case details show to them"
        maxLength={STATEMENT_MAX}
        value={form.confidentialityStatement}
        error={errors['confidentialityStatement']}
        onChange={(confidentialityStatement) => onChange({ confidentialityStatement })}
        rows={6}
      />
      {!creating && (
        <Checkboxes
          id="active"
          name="active"
          legend="Status"
          options={[{ value: 'active', label: 'Active', hint: 'Meetings of an inactive type cannot be scheduled; past meetings stay' }]}
          values={form.active ? ['active'] : []}
          onChange={(values) => onChange({ active: values.includes('active') })}
        />
      )}
    </>
  );
}
