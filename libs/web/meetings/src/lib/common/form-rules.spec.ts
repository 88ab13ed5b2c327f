import {
  datePartsOf,
  DURATION_RANGE,
  formFieldsOf,
  futureDateError,
  isoDateOf,
  londonToday,
  normaliseTime,
  numberError,
  optionalText,
  requiredText,
  timeError,
  wholeNumber,
} from './form-rules';

describe('meeting form rules', () => {
  it('reads whole numbers only', () => {
    expect(wholeNumber(' 120 ')).toBe(120);
    expect(wholeNumber('1.5')).toBeUndefined();
    expect(wholeNumber('-3')).toBeUndefined();
    expect(wholeNumber('ten')).toBeUndefined();
  });

  it.each([
    ['', 'Enter the duration'],
    ['abc', 'Duration must be a whole number'],
    ['10', 'Duration must be between 15 and 480'],
    ['481', 'Duration must be between 15 and 480'],
    ['15', undefined],
    ['480', undefined],
  ])('duration "%s" → %s', (value, message) => {
    expect(numberError(value, DURATION_RANGE, 'Duration', 'Enter the duration')).toBe(message);
  });

  it('accepts times on the 24-hour clock, padding a single-digit hour', () => {
    expect(normaliseTime('9:30')).toBe('09:30');
    expect(normaliseTime('14.00')).toBe('14:00');
    expect(timeError('9:30', 'Start time', 'Enter a start time')).toBeUndefined();
    expect(timeError('', 'Start time', 'Enter a start time')).toBe('Enter a start time');
    expect(timeError('25:00', 'Start time', 'Enter a start time')).toMatch(/24-hour clock/);
    expect(timeError('10am', 'Start time', 'Enter a start time')).toMatch(/24-hour clock/);
  });
});

describe('form rules', () => {
  it('requires text and limits its length', () => {
    expect(requiredText('  ', 'Enter it', 5, 'Note')).toBe('Enter it');
    expect(requiredText('abcdef', 'Enter it', 5, 'Note')).toBe('Note must be 5 characters or fewer');
    expect(requiredText(' abcde ', 'Enter it', 5, 'Note')).toBeUndefined();
    expect(optionalText('', 5, 'Note')).toBeUndefined();
    expect(optionalText('x'.repeat(10001), 10000, 'Note')).toBe('Note must be 10,000 characters or fewer');
  });

  it('reads real calendar dates only', () => {
    expect(isoDateOf({ day: '3', month: '12', year: '2026' })).toBe('2026-12-03');
    expect(isoDateOf({ day: '31', month: '2', year: '2026' })).toBeNull();
    expect(isoDateOf({ day: '1', month: '1', year: '26' })).toBeNull();
    expect(datePartsOf('2026-01-09')).toEqual({ day: '9', month: '1', year: '2026' });
    expect(datePartsOf(null)).toEqual({ day: '', month: '', year: '' });
  });

  it.each([
    [{ day: '', month: '', year: '' }, 'Enter the due date'],
    [{ day: '3', month: '', year: '2026' }, 'Due date must include a month'],
    [{ day: '', month: '', year: '2026' }, 'Due date must include a day and month'],
    [{ day: '30', month: '2', year: '2026' }, 'Due date must be a real date'],
    [{ day: '2', month: '12', year: '2026' }, 'Due date must be today or in the future'],
    [{ day: '3', month: '12', year: '2026' }, undefined],
  ])('due date %o -> %s', (parts, expected) => {
    expect(futureDateError(parts, 'Due date', '2026-12-03', 'Enter the due date')).toBe(expected);
  });

  it('lets an optional date be left empty', () => {
    expect(futureDateError({ day: '', month: '', year: '' }, 'Next review date', '2026-12-03')).toBeUndefined();
  });

  it('takes the calendar day in London, not UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('keys the API field messages by form field', () => {
    expect(formFieldsOf({ 'input.actions.0.dueOn': 'Too early', riskRationale: 'Enter' })).toEqual({
      'actions.0.dueOn': 'Too early',
      riskRationale: 'Enter',
    });
  });
});
