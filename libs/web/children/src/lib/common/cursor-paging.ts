import { useLocation, useSearchParams } from 'react-router';
import type { PaginationLink } from '@mace/web-ui';

/** Cursors of the pages before this one, kept in history state so "Previous" can go back. */
interface PagingState {
  previousCursors?: (string | null)[];
}

/**
 * Cursor paging in the address (`?after=`): the API pages forward only, so "Previous" returns to
 * the cursor remembered in history state (the first page after a reload).
 */
export function useCursorPaging() {
  const [params] = useSearchParams();
  const location = useLocation();
  const after = params.get('after') ?? undefined;
  const previousCursors = (location.state as PagingState | null)?.previousCursors ?? [];

  function search(cursor: string | null | undefined): string {
    const next = new URLSearchParams(params);
    if (cursor) next.set('after', cursor);
    else next.delete('after');
    return next.toString();
  }

  const previous: PaginationLink | undefined = after
    ? { to: { search: search(previousCursors.at(-1)) }, state: { previousCursors: previousCursors.slice(0, -1) } satisfies PagingState }
    : undefined;

  function next(pageInfo: { hasNextPage: boolean; endCursor: string | null } | undefined): PaginationLink | undefined {
    if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return undefined;
    return { to: { search: search(pageInfo.endCursor) }, state: { previousCursors: [...previousCursors, after ?? null] } satisfies PagingState };
  }

  return { after, previous, next };
}
