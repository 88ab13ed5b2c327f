import { cadenceLabel, countLabel, durationLabel } from './meeting-labels';

describe('meeting labels', () => {
  it.each([
    [45, '45 minutes'],
    [1, '1 minute'],
    [60, '1 hour'],
    [90, '1 hour 30 minutes'],
    [120, '2 hours'],
    [121, '2 hours 1 minute'],
    [0, '0 minutes'],
  ])('duration of %i minutes reads "%s"', (minutes, label) => {
    expect(durationLabel(minutes)).toBe(label);
  });

  it.each([
    [1, 'Every day'],
    [7, 'Every week'],
    [14, 'Every 2 weeks'],
    [28, 'Every 4 weeks'],
    [10, 'Every 10 days'],
  ])('cadence of %i days reads "%s"', (days, label) => {
    expect(cadenceLabel(days)).toBe(label);
  });

  it('counts in the singular and plural', () => {
    expect(countLabel(1, 'meeting', 'meetings')).toBe('1 meeting');
    expect(countLabel(0, 'meeting', 'meetings')).toBe('0 meetings');
  });
});
