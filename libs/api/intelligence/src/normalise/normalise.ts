/**
 * The one normal form of each searchable value, used when a record is stored and when a term is
 * searched, so formatting never decides whether two values are the same. Pure; unit-tested.
 * (The RECORDS part owns this file; the analysis part wrote the same functions under the same
 * names so the merge keeps one copy.)
 */

/** Upper case, letters and digits only: "ab12 cde", " Ab 12-cde" → "AB12CDE". */
export function normaliseRegistration(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Upper case without spaces: "s1 2ab" → "S1 2AB" → "S12AB". */
export function normalisePostcode(value: string): string {
  return value.toUpperCase().replace(/\s+/g, '');
}

/**
 * International form with a leading +: UK numbers "07700 900123", "(07700)900-123",
 * "0044 7700 900123", "+44 7700 900123" → "+447700900123"; other international forms keep their
 * country code. Null when there are too few digits to be a phone number.
 */
export function normalisePhone(value: string): string | null {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7) return null;
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+44${digits.slice(1)}`;
  if (digits.startsWith('44')) return `+${digits}`;
  return `+${digits}`;
}

/** Trimmed, lower case. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Trimmed, lower case, without a leading @ ("@Example_User" → "example_user"); the platform is kept apart. */
export function normaliseHandle(value: string): string {
  return value.trim().toLowerCase().replace(/^@+/, '');
}
