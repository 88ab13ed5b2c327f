import { isTextField, Shortcut, shortcutFor, type FocusedElement, type KeyPress } from './keyboard-shortcuts';

const body: FocusedElement = { tagName: 'BODY' };
const press = (key: string, target: FocusedElement | null = body, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...modifiers,
});

describe('shortcutFor', () => {
  it.each([
    ['n', Shortcut.NEXT_ITEM],
    ['p', Shortcut.PREVIOUS_ITEM],
    ['s', Shortcut.FOCUS_SUMMARY],
    ['o', Shortcut.FOCUS_OUTCOME],
    ['?', Shortcut.SHOW_HELP],
    ['N', Shortcut.NEXT_ITEM],
  ])('"%s" outside a text field -> %s', (key, expected) => {
    expect(shortcutFor(press(key))).toBe(expected);
  });

  it.each([['x'], ['Enter'], ['Escape'], [' ']])('"%s" is not a shortcut', (key) => {
    expect(shortcutFor(press(key))).toBeNull();
  });

  it.each<[string, FocusedElement]>([
    ['a textarea', { tagName: 'TEXTAREA' }],
    ['a text input', { tagName: 'INPUT', type: 'text' }],
    ['an input without a type', { tagName: 'INPUT' }],
    ['a date part (numeric text input)', { tagName: 'INPUT', type: 'text' }],
    ['a select', { tagName: 'SELECT' }],
    ['an editable element', { tagName: 'DIV', isContentEditable: true }],
  ])('single keys type normally in %s', (_what, target) => {
    expect(shortcutFor(press('n', target))).toBeNull();
    expect(shortcutFor(press('?', target))).toBeNull();
  });

  it.each<[string, FocusedElement]>([
    ['a radio', { tagName: 'INPUT', type: 'radio' }],
    ['a checkbox', { tagName: 'INPUT', type: 'checkbox' }],
    ['a button', { tagName: 'BUTTON' }],
    ['a link', { tagName: 'A' }],
  ])('single keys act on %s, which takes no characters', (_what, target) => {
    expect(shortcutFor(press('n', target))).toBe(Shortcut.NEXT_ITEM);
  });

  it('leaves key combinations with a modifier to the browser and assistive technology', () => {
    expect(shortcutFor(press('n', body, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('p', body, { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('s', body, { altKey: true }))).toBeNull();
  });

  it('records the outcome with Ctrl+Enter or Cmd+Enter from inside the outcome form, even in a text field', () => {
    const inForm: FocusedElement = { tagName: 'TEXTAREA', inOutcomeForm: true };
    expect(shortcutFor(press('Enter', inForm, { ctrlKey: true }))).toBe(Shortcut.RECORD_OUTCOME);
    expect(shortcutFor(press('Enter', inForm, { metaKey: true }))).toBe(Shortcut.RECORD_OUTCOME);
    expect(shortcutFor(press('Enter', inForm))).toBeNull();
    expect(shortcutFor(press('Enter', inForm, { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('does not record the outcome with Ctrl+Enter outside the outcome form', () => {
    expect(shortcutFor(press('Enter', { tagName: 'TEXTAREA' }, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('Enter', null, { ctrlKey: true }))).toBeNull();
  });
});

describe('isTextField', () => {
  it('knows nothing focused is not a text field', () => {
    expect(isTextField(null)).toBe(false);
  });
  it('treats email and number inputs as text fields', () => {
    expect(isTextField({ tagName: 'input', type: 'email' })).toBe(true);
    expect(isTextField({ tagName: 'input', type: 'number' })).toBe(true);
  });
});
