/** Caps on free text: names are short, reasons a paragraph, narratives and rationales a page. */
export const NAME_MAX = 100;
export const REASON_MAX = 2000;
export const NARRATIVE_MAX = 10_000;

/** Trim text inputs; an empty optional text becomes null (nothing recorded), not an empty string. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

export const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;
