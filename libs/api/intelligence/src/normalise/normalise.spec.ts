import { IdentifierKind } from '@mace/shared-domain';
import {
  identifierProblem,
  normaliseEmail,
  normaliseHandle,
  normaliseIdentifier,
  normalisePhone,
  normalisePostcode,
  normaliseRegistration,
  registrationProblem,
} from './normalise';

describe('normalisation', () => {
  it.each([
    ['ab12 cde', 'AB12CDE'],
    ['AB12CDE', 'AB12CDE'],
    [' Ab 12-cde', 'AB12CDE'],
    ['ab.12.cde ', 'AB12CDE'],
    ['W1', 'W1'],
  ])('registration %j is %j', (value, expected) => {
    expect(normaliseRegistration(value)).toBe(expected);
  });

  it.each([
    ['07700 900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['(07700)900-123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['0114 496 0000', '+441144960000'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['7700 900123', null],
    ['07700 9OO123', null],
    ['0770', null],
    ['+1234567890123456', null],
    ['call me', null],
  ])('phone %j is %j', (value, expected) => {
    expect(normalisePhone(value)).toBe(expected);
  });

  it.each([
    [' Name@Example.COM ', 'name@example.com'],
    ['name@example.com', 'name@example.com'],
  ])('e-mail %j is %j', (value, expected) => {
    expect(normaliseEmail(value)).toBe(expected);
  });

  it.each([
    ['@Example_Handle', 'example_handle'],
    [' example_handle ', 'example_handle'],
    ['@@Example', 'example'],
  ])('handle %j is %j', (value, expected) => {
    expect(normaliseHandle(value)).toBe(expected);
  });

  it.each([
    ['s1 2ab', 'S12AB'],
    [' S1  2AB', 'S12AB'],
  ])('postcode %j is %j', (value, expected) => {
    expect(normalisePostcode(value)).toBe(expected);
  });

  it.each([
    [IdentifierKind.PHONE, '07700 900123', '+447700900123'],
    [IdentifierKind.EMAIL, ' A@B.Example ', 'a@b.example'],
    [IdentifierKind.EMAIL, 'not an address', null],
    [IdentifierKind.HANDLE, '@Someone', 'someone'],
    [IdentifierKind.HANDLE, '@', null],
    [IdentifierKind.HANDLE, 'two words', null],
  ])('identifier %s %j is %j', (kind, value, expected) => {
    expect(normaliseIdentifier(kind, value)).toBe(expected);
  });

  it.each([
    [IdentifierKind.HANDLE, 'x'.repeat(100), null],
    [IdentifierKind.HANDLE, 'x'.repeat(101), 'Value must be 100 characters or fewer'],
    [IdentifierKind.HANDLE, '   ', 'Enter the value'],
    [IdentifierKind.PHONE, 'call me', 'Enter a phone number, like 07700 900123 or +44 7700 900123'],
  ])('identifier problem %s %j: %j', (kind, value, expected) => {
    expect(identifierProblem(kind, value)).toBe(expected);
  });

  it.each([
    ['AB12 CDE', null],
    ['', 'Enter the registration'],
    ['- -', 'Enter the registration in letters and digits, like AB12 CDE'],
    ['A'.repeat(13), 'Registration must be 12 letters and digits or fewer'],
    ['A'.repeat(21), 'Registration must be 20 characters or fewer'],
  ])('registration problem %j: %j', (value, expected) => {
    expect(registrationProblem(value)).toBe(expected);
  });
});
