/**
 * The chair's keyboard shortcuts for running a meeting without a mouse. Single-character shortcuts
 * act only when focus is not in a text field and no modifier is held (WCAG 2.1.4: they never
 * swallow typing, and never take the browser's or a screen reader's own key combinations).
 * Ctrl+Enter (or Cmd+Enter) records the outcome from anywhere inside the outcome form.
 */
export enum Shortcut {
  NEXT_ITEM = 'NEXT_ITEM',
  PREVIOUS_ITEM = 'PREVIOUS_ITEM',
  FOCUS_SUMMARY = 'FOCUS_SUMMARY',
  FOCUS_OUTCOME = 'FOCUS_OUTCOME',
  SHOW_HELP = 'SHOW_HELP',
  RECORD_OUTCOME = 'RECORD_OUTCOME',
}

/** What the key handler needs to know about a keydown: the event's own fields, minus the DOM. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focused element, as far as shortcuts care. */
  target: FocusedElement | null;
}

export interface FocusedElement {
  tagName: string;
  /** `type` of an input; absent for other elements. */
  type?: string;
  isContentEditable?: boolean;
  /** Whether the element sits inside the outcome form (Ctrl+Enter records only there). */
  inOutcomeForm?: boolean;
}

const SINGLE_KEYS: Record<string, Shortcut> = {
  n: Shortcut.NEXT_ITEM,
  p: Shortcut.PREVIOUS_ITEM,
  s: Shortcut.FOCUS_SUMMARY,
  o: Shortcut.FOCUS_OUTCOME,
  '?': Shortcut.SHOW_HELP,
};

/** Inputs that take characters; radios, checkboxes and buttons do not, so shortcuts still work on them. */
const NON_TEXT_INPUT_TYPES = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color', 'hidden']);

export function isTextField(element: FocusedElement | null): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !NON_TEXT_INPUT_TYPES.has((element.type ?? 'text').toLowerCase());
}

/** The shortcut a key press asks for, or null to let the key do what it normally does. */
export function shortcutFor(press: KeyPress): Shortcut | null {
  if (press.key === 'Enter' && (press.ctrlKey || press.metaKey) && !press.altKey) {
    return press.target?.inOutcomeForm ? Shortcut.RECORD_OUTCOME : null;
  }
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (isTextField(press.target)) return null;
  // Caps lock on is not a reason to ignore the chair.
  return SINGLE_KEYS[press.key.length === 1 ? press.key.toLowerCase() : press.key] ?? null;
}

/** The list the "?" shortcut shows, in the order a chair uses them. */
export const SHORTCUT_HELP: readonly { keys: string; does: string }[] = [
  { keys: 'n', does: 'Go to the next item' },
  { keys: 'p', does: 'Go to the previous item' },
  { keys: 's', does: 'Go to the item’s summary' },
  { keys: 'o', does: 'Go to the outcome form' },
  { keys: 'Ctrl + Enter', does: 'Record the outcome (while in the outcome form)' },
  { keys: '?', does: 'Show or hide this list' },
];
