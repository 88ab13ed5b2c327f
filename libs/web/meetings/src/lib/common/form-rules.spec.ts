import { DURATION_RANGE, normaliseTime, numberError, timeError, wholeNumber } from './form-rules';

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
