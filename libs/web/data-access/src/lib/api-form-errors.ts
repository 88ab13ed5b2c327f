import { ErrorCode } from '@mace/shared-domain';
import { readApiError } from './graphql-error';

/** The key under which a stale version (CONFLICT) is kept, for forms that show the conflict summary instead. */
export const CONFLICT = 'conflict';

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/**
 * A failed mutation as form errors: per field for BAD_USER_INPUT on a field the form shows (keys
 * without the "input." prefix), the whole form otherwise. A stale version becomes `conflictMessage`
 * on the whole form when given, else the CONFLICT marker (the page then shows its conflict summary).
 */
export function apiFormErrors(
  caught: unknown,
  shownFields: readonly string[],
  forbidden: string,
  conflictMessage?: string,
): Record<string, string | undefined> {
  const api = readApiError(caught);
  switch (api.code) {
    case ErrorCode.CONFLICT:
      return conflictMessage ? { form: conflictMessage } : { [CONFLICT]: api.message ?? 'conflict' };
    case ErrorCode.BAD_USER_INPUT: {
      const byField: Record<string, string | undefined> = {};
      for (const [key, message] of Object.entries(api.fields)) byField[key.replace(/^input\./, '')] = message;
      const shown = shownFields.filter((field) => byField[field]);
      if (shown.length > 0) return Object.fromEntries(shown.map((field) => [field, byField[field]]));
      // A rule about the record's state (such as "the agenda is locked") rather than a field.
      return { form: Object.values(byField)[0] ?? api.message ?? 'Check your answers and try again' };
    }
    case ErrorCode.FORBIDDEN:
      return { form: forbidden };
    case ErrorCode.NOT_FOUND:
      return { form: 'It no longer exists, or you are no longer allowed to see it. Reload the page.' };
    default:
      return { form: SERVICE_PROBLEM };
  }
}
