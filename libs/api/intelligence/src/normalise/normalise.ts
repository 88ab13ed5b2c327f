import { IdentifierKind } from '@mace/shared-domain';

/**
 * Normal forms of the values people type in many ways, so "ab12 cde" finds "AB12CDE" and
 * "07700 900123" finds "+44 7700 900123". Pure: used by writes (stored beside the value as entered)
 * and by searches (the term normalised the same way).
 */

/** The longest value any identifier may have, as entered and normalised (the column's check). */
export const IDENTIFIER_MAX = 100;
export const REGISTRATION_MAX = 20;
export const REGISTRATION_NORMALISED_MAX = 12;
export const POSTCODE_MAX = 10;

/** Upper case, letters and digits only: spacing, dashes and case never matter. */
export function normaliseRegistration(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Upper case without spaces: "s1 2ab" is "S12AB". */
export function normalisePostcode(value: string): string {
  return value.toUpperCase().replace(/\s+/g, '');
}

/** Trimmed and lower case. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Trimmed, lower case, without a leading @ (the platform is kept separately). */
export function normaliseHandle(value: string): string {
  return value.trim().toLowerCase().replace(/^@+/, '');
}

/**
 * International form with a leading +: UK numbers written 07…, 0044…, +44 (0)7… or (07700)900-123
 * all become +447…; other international numbers (+ or 00 prefix) keep their country code. Null
 * when the value is not a phone number (letters, or too few or too many digits).
 */
export function normalisePhone(value: string): string | null {
  const trimmed = value.trim();
  if (!/^[+0-9()\-.\s]+$/.test(trimmed)) return null;
  const international = trimmed.startsWith('+');
  let digits = trimmed.replace(/\D/g, '');
  if (international) {
    // "+44 (0)7700 900123": the trunk zero written after the UK country code is dropped.
    if (digits.startsWith('440')) digits = `44${digits.slice(3)}`;
  } else if (digits.startsWith('00')) {
    digits = digits.slice(2);
    if (digits.startsWith('440')) digits = `44${digits.slice(3)}`;
  } else if (digits.startsWith('0')) {
    digits = `44${digits.slice(1)}`;
  } else {
    return null;
  }
  if (digits.length < 8 || digits.length > 15) return null;
  return `+${digits}`;
}

/** The normal form of an identifier of `kind`, or null when the value cannot be one (see the problem messages). */
export function normaliseIdentifier(kind: IdentifierKind, value: string): string | null {
  switch (kind) {
    case IdentifierKind.PHONE:
      return normalisePhone(value);
    case IdentifierKind.EMAIL: {
      const email = normaliseEmail(value);
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
    }
    case IdentifierKind.HANDLE: {
      const handle = normaliseHandle(value);
      return handle === '' || /\s/.test(handle) ? null : handle;
    }
  }
}

/** What is wrong with an identifier value of `kind`, or null: a message for the `value` field. */
export function identifierProblem(kind: IdentifierKind, value: string): string | null {
  if (value.trim() === '') return 'Enter the value';
  if (value.length > IDENTIFIER_MAX) return `Value must be ${IDENTIFIER_MAX} characters or fewer`;
  if (normaliseIdentifier(kind, value) !== null) return null;
  switch (kind) {
    case IdentifierKind.PHONE:
      return 'Enter a phone number, like 07700 900123 or +44 7700 900123';
    case IdentifierKind.EMAIL:
      return 'Enter an e-mail address, like name@example.com';
    case IdentifierKind.HANDLE:
      return 'Enter the handle without spaces, like @example';
  }
}

/** What is wrong with a registration, or null. */
export function registrationProblem(value: string): string | null {
  if (value.trim() === '') return 'Enter the registration';
  if (value.length > REGISTRATION_MAX) return `Registration must be ${REGISTRATION_MAX} characters or fewer`;
  const normalised = normaliseRegistration(value);
  if (normalised === '') return 'Enter the registration in letters and digits, like AB12 CDE';
  if (normalised.length > REGISTRATION_NORMALISED_MAX) return `Registration must be ${REGISTRATION_NORMALISED_MAX} letters and digits or fewer`;
  return null;
}
