import { normaliseEmail, normaliseHandle, normalisePhone, normalisePostcode, normaliseRegistration } from './normalise';

describe('normalisation: formatting never decides whether two values are the same', () => {
  it.each([
    ['ab12 cde', 'AB12CDE'],
    ['AB12CDE', 'AB12CDE'],
    [' Ab 12-cde', 'AB12CDE'],
    ['ab12cde', 'AB12CDE'],
  ])('registration %p → %p', (value, expected) => expect(normaliseRegistration(value)).toBe(expected));

  it.each([
    ['07700 900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['(07700)900-123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['07700900123', '+447700900123'],
    ['+1 555 0100 999', '+15550100999'],
    ['12', null],
  ])('phone %p → %p', (value, expected) => expect(normalisePhone(value)).toBe(expected));

  it.each([
    ['@Example_User', 'example_user'],
    ['  example_user ', 'example_user'],
    ['@@Shout', 'shout'],
  ])('handle %p → %p', (value, expected) => expect(normaliseHandle(value)).toBe(expected));

  it.each([
    ['s1 2ab', 'S12AB'],
    ['S1  2AB', 'S12AB'],
  ])('postcode %p → %p', (value, expected) => expect(normalisePostcode(value)).toBe(expected));

  it('e-mail: trimmed and lower case', () => expect(normaliseEmail(' Someone@Example.ORG ')).toBe('someone@example.org'));
});
