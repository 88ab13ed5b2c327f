import { EntityKind, IdentifierKind, LocationType, MakesafeStatus, OffendingModel, Platform } from '@mace/shared-domain';
import { aliasesOf, emptyRecordDraft, recordDraftErrors, refOf, toIdentifierInput, toLocationInput, toVehicleInput, type RecordDraft } from './record-form';

const TODAY = '2026-03-27';
const draft = (change: Partial<RecordDraft>): RecordDraft => ({ ...emptyRecordDraft('d1'), ...change });

describe('record forms', () => {
  it('asks each kind for what it needs', () => {
    expect(Object.keys(recordDraftErrors(EntityKind.PERSON, draft({}), TODAY))).toEqual(['givenName', 'familyName']);
    expect(Object.keys(recordDraftErrors(EntityKind.LOCATION, draft({}), TODAY))).toEqual(['locationType', 'name']);
    expect(Object.keys(recordDraftErrors(EntityKind.VEHICLE, draft({}), TODAY))).toEqual(['registration']);
    expect(Object.keys(recordDraftErrors(EntityKind.IDENTIFIER, draft({}), TODAY))).toEqual(['identifierKind', 'value']);
    expect(Object.keys(recordDraftErrors(EntityKind.NETWORK, draft({}), TODAY))).toEqual(['name', 'offendingModel']);
    expect(Object.keys(recordDraftErrors(EntityKind.PERSON, draft({ districtId: '' }), TODAY))).toContain('districtId');
    expect(Object.keys(recordDraftErrors(EntityKind.VEHICLE, draft({ districtId: '', registration: 'AB12 CDE' }), TODAY))).toEqual([]);
  });

  it('asks for the platform of a handle only', () => {
    expect(recordDraftErrors(EntityKind.IDENTIFIER, draft({ identifierKind: IdentifierKind.HANDLE, value: '@x' }), TODAY)).toEqual({ platform: 'Select the platform' });
    expect(recordDraftErrors(EntityKind.IDENTIFIER, draft({ identifierKind: IdentifierKind.PHONE, value: '07700 900123' }), TODAY)).toEqual({});
  });

  it('refuses a registration without letters or numbers and over-long texts', () => {
    expect(recordDraftErrors(EntityKind.VEHICLE, draft({ registration: '--' }), TODAY)['registration']).toMatch(/letters or numbers/);
    expect(recordDraftErrors(EntityKind.VEHICLE, draft({ registration: 'A'.repeat(21) }), TODAY)['registration']).toMatch(/20 characters/);
  });

  it('keeps Op Makesafe to hotels', () => {
    const base = { locationType: LocationType.HOTEL, name: 'Station Hotel', postcode: 'ab1 2cd', makesafeStatus: MakesafeStatus.TRAINED, makesafeCheckedOn: { day: '1', month: '3', year: '2026' } };
    expect(toLocationInput(draft(base))).toMatchObject({ postcode: 'AB1 2CD', makesafeStatus: MakesafeStatus.TRAINED, makesafeCheckedOn: '2026-03-01' });
    expect(toLocationInput(draft({ ...base, locationType: LocationType.PARK }))).toMatchObject({ makesafeStatus: undefined, makesafeCheckedOn: undefined });
  });

  it('sends a platform with a handle only', () => {
    expect(toIdentifierInput(draft({ identifierKind: IdentifierKind.PHONE, platform: Platform.SNAPCHAT, value: ' 07700 ' }))).toEqual({ kind: IdentifierKind.PHONE, platform: undefined, value: '07700' });
    expect(toVehicleInput(draft({ registration: ' ab12 cde ' }))).toEqual({ registration: 'AB12 CDE', make: undefined, model: undefined, colour: undefined });
  });

  it('splits aliases and labels new records as the API does', () => {
    expect(aliasesOf('Jay, J\nJay\n ')).toEqual(['Jay', 'J']);
    expect(refOf(EntityKind.LOCATION, 'l1', draft({ name: 'Station Hotel', postcode: 'ab1 2cd' })).label).toBe('Station Hotel, AB1 2CD');
    expect(refOf(EntityKind.VEHICLE, 'v1', draft({ registration: ' zz 19-abc' })).label).toBe('ZZ19ABC');
    expect(refOf(EntityKind.IDENTIFIER, 'i1', draft({ identifierKind: IdentifierKind.HANDLE, platform: Platform.SNAPCHAT, value: ' tands99 ' })).label).toBe('tands99');
    expect(refOf(EntityKind.NETWORK, 'n1', draft({ name: 'Red', offendingModel: OffendingModel.ORGANISED_NETWORK })).label).toBe('Red');
  });
});
