import { useEffect, useRef } from 'react';
import { Shortcut, shortcutFor } from './keyboard-shortcuts';

export interface ChairShortcutHandlers {
  enabled: boolean;
  onNext?: () => void;
  onPrevious?: () => void;
  onFocusSummary?: () => void;
  onFocusOutcome?: () => void;
  onToggleHelp?: () => void;
  onRecordOutcome?: () => void;
}

/** The id of the outcome form: Ctrl+Enter records only from inside it. */
export const OUTCOME_FORM_ID = 'outcome-form';

/** Listens for the chair's shortcuts on the whole page (see keyboard-shortcuts.ts for which keys act when). */
export function useChairShortcuts(handlers: ChairShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const current = latest.current;
      if (!current.enabled || event.defaultPrevented || event.isComposing) return;
      const element = event.target instanceof HTMLElement ? event.target : null;
      const shortcut = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: element && {
          tagName: element.tagName,
          type: element instanceof HTMLInputElement ? element.type : undefined,
          isContentEditable: element.isContentEditable,
          inOutcomeForm: Boolean(element.closest(`#${OUTCOME_FORM_ID}`)),
        },
      });
      const handler = shortcut && handlerFor(current, shortcut);
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

function handlerFor(handlers: ChairShortcutHandlers, shortcut: Shortcut): (() => void) | undefined {
  switch (shortcut) {
    case Shortcut.NEXT_ITEM:
      return handlers.onNext;
    case Shortcut.PREVIOUS_ITEM:
      return handlers.onPrevious;
    case Shortcut.FOCUS_SUMMARY:
      return handlers.onFocusSummary;
    case Shortcut.FOCUS_OUTCOME:
      return handlers.onFocusOutcome;
    case Shortcut.SHOW_HELP:
      return handlers.onToggleHelp;
    case Shortcut.RECORD_OUTCOME:
      return handlers.onRecordOutcome;
  }
}
