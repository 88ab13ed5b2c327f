import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { MoveAgendaItemDocument, type MeetingOverviewFragment, apiFormErrors } from '@mace/web-data-access';
import type { FieldErrors } from '@mace/web-children';
import { applyMove, focusAfterMove, moveTargetPosition, type MoveDirection } from './agenda-moves';

/**
 * Moving a row one place: sent with the item's version, shown at once (optimistically), announced
 * in a live region, and focus kept on the moved row's button so the chair can press it again.
 */
export function useAgendaMove(meeting: MeetingOverviewFragment) {
  const [mutate, { loading }] = useMutation(MoveAgendaItemDocument);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [announcement, setAnnouncement] = useState('');
  // The button to focus once the moved agenda renders; a ref, as setting it must not render again.
  const focusId = useRef<string | undefined>(undefined);

  useEffect(() => {
    const button = focusId.current ? document.getElementById(focusId.current) : null;
    if (!button) return;
    button.focus();
    // Once: a later change of the agenda (a rebuild, another chair's edit) must not pull focus back here.
    focusId.current = undefined;
  }, [meeting.agenda]);

  async function move(itemId: string, direction: MoveDirection) {
    const item = meeting.agenda.find((row) => row.id === itemId);
    const position = moveTargetPosition(meeting.agenda, itemId, direction);
    if (!item || position === undefined || loading) return;
    setErrors({});
    const moved = applyMove(meeting.agenda, itemId, position);
    focusId.current = focusAfterMove(moved, itemId, direction);
    try {
      await mutate({
        variables: { input: { itemId, position, version: item.version } },
        optimisticResponse: { moveAgendaItem: { ...meeting, agenda: moved } },
      });
      setAnnouncement(`Item moved ${direction} to position ${position} of ${meeting.agenda.length}`);
    } catch (caught) {
      setErrors(apiFormErrors(caught, [], 'You cannot change this agenda'));
      setAnnouncement('The item was not moved');
    }
  }

  return { move, moving: loading, errors, announcement };
}
