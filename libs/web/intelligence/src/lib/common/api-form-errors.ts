import { ErrorCode } from '@mace/shared-domain';
import type { FieldErrors } from '@mace/web-children';
import { readApiError } from '@mace/web-data-access';

/**
 * A failed mutation as form errors: per field for BAD_USER_INPUT on a field the form shows (keys
 * without the "input." prefix), the whole form otherwise (a stale version included).
 */
export function apiFormErrors(caught: unknown, shownFields: readonly string[], forbidden: string): FieldErrors {
  const api = readApiError(caught);
  switch (api.code) {
    case ErrorCode.CONFLICT:
      return { form: 'Someone else changed this intelligence while you were working on it. Reload the page to see their changes.' };
    case ErrorCode.BAD_USER_INPUT: {
      const byField: FieldErrors = {};
      for (const [key, message] of Object.entries(api.fields)) byField[key.replace(/^input\./, '')] = message;
      const shown = shownFields.filter((field) => byField[field]);
      if (shown.length > 0) return Object.fromEntries(shown.map((field) => [field, byField[field]]));
      return { form: Object.values(byField)[0] ?? api.message ?? 'Check your answers and try again' };
    }
    case ErrorCode.FORBIDDEN:
      return { form: forbidden };
    case ErrorCode.NOT_FOUND:
      return { form: 'It no longer exists, or you are no longer allowed to see it. Reload the page.' };
    default:
      return { form: 'Sorry, there is a problem with the service. Try again later.' };
  }
}
