import { EntityKind } from '@mace/shared-domain';
import type { FieldErrors } from '@mace/web-children';
import type { RecordKind } from './record-form';

/** Form fields in page order, with the field the API names them by where it differs. */
const FIELDS: [field: string, api: string][] = [
  ['givenName', 'givenName'],
  ['familyName', 'familyName'],
  ['aliases', 'aliases'],
  ['dateOfBirth', 'dateOfBirth'],
  ['locationType', 'type'],
  ['identifierKind', 'kind'],
  ['platform', 'platform'],
  ['registration', 'registration'],
  ['make', 'make'],
  ['model', 'model'],
  ['colour', 'colour'],
  ['value', 'value'],
  ['name', 'name'],
  ['offendingModel', 'model'],
  ['postcode', 'postcode'],
  ['address', 'address'],
  ['makesafeCheckedOn', 'makesafeCheckedOn'],
  ['description', 'description'],
  ['districtId', 'districtId'],
];
const DATE_FIELDS = new Set(['dateOfBirth', 'makesafeCheckedOn']);
export const ORDER = FIELDS.map(([field]) => [field, DATE_FIELDS.has(field) ? `${field}-day` : field] as const);

/** API field errors under the form's names for the fields of one kind. */
export function formFieldErrors(kind: RecordKind, api: FieldErrors): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, apiName] of FIELDS) {
    // "model" is a vehicle's model and a network's offending model.
    if (apiName === 'model' && (field === 'model') !== (kind === EntityKind.VEHICLE)) continue;
    if (api[apiName]) errors[field] = api[apiName];
  }
  if (api['form']) errors['form'] = api['form'];
  return errors;
}

export const API_FIELD_NAMES = FIELDS.map(([, apiName]) => apiName);
