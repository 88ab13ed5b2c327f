import {
  EntityKind,
  IDENTIFIER_KIND_LABELS,
  IdentifierKind,
  LOCATION_TYPE_LABELS,
  LocationType,
  MAKESAFE_STATUS_LABELS,
  NETWORK_STATUS_LABELS,
  OFFENDING_MODEL_LABELS,
  PERSON_RISK_MARKER_LABELS,
  PLATFORM_LABELS,
  type MakesafeStatus,
  type NetworkStatus,
  type OffendingModel,
  type PersonRiskMarker,
  type Platform,
} from '@mace/shared-domain';
import { optionsFrom } from '@mace/web-children';
import { useCurrentUser } from '@mace/web-shell';
import { Checkboxes, DateInput, Radios, Select, Textarea, TextInput } from '@mace/web-ui';
import type { RecordDraft, RecordKind } from './record-form';

export interface RecordFieldsProps {
  kind: RecordKind;
  draft: RecordDraft;
  errors: Record<string, string | undefined>;
  onChange: (change: Partial<RecordDraft>) => void;
  /** Prefixes every id, so two pickers on one page never share one. */
  idPrefix?: string;
  /** Only what finding or making the record needs, for making it inline while linking. */
  brief?: boolean;
}

const select = (placeholder: string, options: { value: string; label: string }[]) => [{ value: '', label: placeholder }, ...options];

/** The fields of one kind of police record; the page or the link form around them submits. */
export function RecordFields({ kind, draft, errors, onChange, idPrefix = '', brief = false }: RecordFieldsProps) {
  const user = useCurrentUser();
  const id = (field: string) => `${idPrefix}${field}`;
  const district =
    kind !== EntityKind.VEHICLE && kind !== EntityKind.IDENTIFIER && user.districts.length > 1 ? (
      <Select
        id={id('districtId')}
        name={id('districtId')}
        label="District"
        value={draft.districtId}
        error={errors['districtId']}
        onChange={(districtId) => onChange({ districtId })}
        options={select('Select a district', user.districts.map((d) => ({ value: d.id, label: d.name })))}
      />
    ) : null;

  switch (kind) {
    case EntityKind.PERSON:
      return (
        <>
          <TextInput id={id('givenName')} name={id('givenName')} label="Given name" value={draft.givenName} error={errors['givenName']} onChange={(e) => onChange({ givenName: e.target.value })} />
          <TextInput id={id('familyName')} name={id('familyName')} label="Family name" value={draft.familyName} error={errors['familyName']} onChange={(e) => onChange({ familyName: e.target.value })} />
          {!brief && (
            <>
              <Textarea id={id('aliases')} name={id('aliases')} label="Aliases and nicknames (optional)" hint="One a line" value={draft.aliases} error={errors['aliases']} onChange={(aliases) => onChange({ aliases })} rows={3} />
              <DateInput id={id('dateOfBirth')} legend="Date of birth (optional)" legendSize="s" hint="For example, 14 3 1998" value={draft.dateOfBirth} error={errors['dateOfBirth']} onChange={(dateOfBirth) => onChange({ dateOfBirth })} />
              <Checkboxes
                id={id('riskMarkers')}
                name={id('riskMarkers')}
                legend="Risk markers (optional)"
                legendSize="s"
                small
                values={draft.riskMarkers}
                onChange={(values) => onChange({ riskMarkers: values as PersonRiskMarker[] })}
                options={optionsFrom(PERSON_RISK_MARKER_LABELS)}
              />
              <Checkboxes
                id={id('ocgNominal')}
                name={id('ocgNominal')}
                legend="Organised crime"
                legendSize="s"
                small
                values={draft.ocgNominal ? ['yes'] : []}
                onChange={(values) => onChange({ ocgNominal: values.includes('yes') })}
                options={[{ value: 'yes', label: 'A nominal of an organised crime group' }]}
              />
              <Textarea id={id('description')} name={id('description')} label="Description (optional)" value={draft.description} error={errors['description']} onChange={(description) => onChange({ description })} rows={3} />
            </>
          )}
          {district}
        </>
      );
    case EntityKind.LOCATION:
      return (
        <>
          <Select
            id={id('locationType')}
            name={id('locationType')}
            label="Type of place"
            value={draft.locationType}
            error={errors['locationType']}
            onChange={(value) => onChange({ locationType: value as LocationType })}
            options={select('Select a type', optionsFrom(LOCATION_TYPE_LABELS))}
          />
          <TextInput id={id('name')} name={id('name')} label="Name" hint="Such as the hotel’s or business’s name, or a short description" value={draft.name} error={errors['name']} onChange={(e) => onChange({ name: e.target.value })} />
          <TextInput id={id('postcode')} name={id('postcode')} label="Postcode (optional)" inputClassName="govuk-input--width-10" autoComplete="off" value={draft.postcode} error={errors['postcode']} onChange={(e) => onChange({ postcode: e.target.value })} />
          {!brief && (
            <>
              <Textarea id={id('address')} name={id('address')} label="Address (optional)" value={draft.address} error={errors['address']} onChange={(address) => onChange({ address })} rows={3} />
              {draft.locationType === LocationType.HOTEL && (
                <>
                  <Select
                    id={id('makesafeStatus')}
                    name={id('makesafeStatus')}
                    label="Op Makesafe (optional)"
                    hint="Whether the hotel’s staff know how to spot and report child exploitation"
                    value={draft.makesafeStatus}
                    onChange={(value) => onChange({ makesafeStatus: value as MakesafeStatus })}
                    options={select('Not recorded', optionsFrom(MAKESAFE_STATUS_LABELS))}
                  />
                  <DateInput id={id('makesafeCheckedOn')} legend="Last Op Makesafe check (optional)" legendSize="s" value={draft.makesafeCheckedOn} error={errors['makesafeCheckedOn']} onChange={(makesafeCheckedOn) => onChange({ makesafeCheckedOn })} />
                </>
              )}
            </>
          )}
          {district}
        </>
      );
    case EntityKind.VEHICLE:
      return (
        <>
          <TextInput id={id('registration')} name={id('registration')} label="Registration" hint="A vehicle already recorded with this registration is used instead of a new one" inputClassName="govuk-input--width-10" autoComplete="off" value={draft.registration} error={errors['registration']} onChange={(e) => onChange({ registration: e.target.value })} />
          <TextInput id={id('make')} name={id('make')} label="Make (optional)" inputClassName="govuk-input--width-20" value={draft.make} error={errors['make']} onChange={(e) => onChange({ make: e.target.value })} />
          <TextInput id={id('model')} name={id('model')} label="Model (optional)" inputClassName="govuk-input--width-20" value={draft.model} error={errors['model']} onChange={(e) => onChange({ model: e.target.value })} />
          <TextInput id={id('colour')} name={id('colour')} label="Colour (optional)" inputClassName="govuk-input--width-10" value={draft.colour} error={errors['colour']} onChange={(e) => onChange({ colour: e.target.value })} />
        </>
      );
    case EntityKind.IDENTIFIER:
      return (
        <>
          <Radios
            id={id('identifierKind')}
            name={id('identifierKind')}
            legend="What is it?"
            legendSize="s"
            small
            value={draft.identifierKind}
            error={errors['identifierKind']}
            onChange={(value) => onChange({ identifierKind: value as IdentifierKind })}
            options={optionsFrom(IDENTIFIER_KIND_LABELS)}
          />
          {draft.identifierKind === IdentifierKind.HANDLE && (
            <Select
              id={id('platform')}
              name={id('platform')}
              label="Platform"
              value={draft.platform}
              error={errors['platform']}
              onChange={(value) => onChange({ platform: value as Platform })}
              options={select('Select a platform', optionsFrom(PLATFORM_LABELS))}
            />
          )}
          <TextInput id={id('value')} name={id('value')} label="Number, address or handle" hint="One already recorded is used instead of a new one" autoComplete="off" value={draft.value} error={errors['value']} onChange={(e) => onChange({ value: e.target.value })} />
        </>
      );
    case EntityKind.NETWORK:
      return (
        <>
          <TextInput id={id('name')} name={id('name')} label="Name" value={draft.name} error={errors['name']} onChange={(e) => onChange({ name: e.target.value })} />
          <Select
            id={id('offendingModel')}
            name={id('offendingModel')}
            label="Offending model"
            value={draft.offendingModel}
            error={errors['offendingModel']}
            onChange={(value) => onChange({ offendingModel: value as OffendingModel })}
            options={select('Select a model', optionsFrom(OFFENDING_MODEL_LABELS))}
          />
          {!brief && (
            <>
              <Select
                id={id('networkStatus')}
                name={id('networkStatus')}
                label="Status"
                value={draft.networkStatus}
                onChange={(value) => onChange({ networkStatus: value as NetworkStatus })}
                options={optionsFrom(NETWORK_STATUS_LABELS)}
              />
              <Checkboxes
                id={id('groupBasedCse')}
                name={id('groupBasedCse')}
                legend="Group-based child sexual exploitation"
                legendSize="s"
                small
                values={draft.groupBasedCse ? ['yes'] : []}
                onChange={(values) => onChange({ groupBasedCse: values.includes('yes') })}
                options={[{ value: 'yes', label: 'This is a group-based CSE network' }]}
              />
              <Textarea id={id('description')} name={id('description')} label="Description (optional)" value={draft.description} error={errors['description']} onChange={(description) => onChange({ description })} rows={3} />
            </>
          )}
          {district}
        </>
      );
  }
}
