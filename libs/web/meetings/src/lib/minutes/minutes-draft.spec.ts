import { differingSections, sectionErrors, sectionsInput } from './minutes-draft';

const mine = [
  { key: 'attendance', heading: 'Attendance', body: 'Police, health  \n' },
  { key: 'item-1', heading: 'Item 1', body: 'Agreed high risk' },
];

describe('minutes draft', () => {
  it('sends every section with trailing space trimmed', () => {
    expect(sectionsInput(mine)).toEqual([
      { key: 'attendance', heading: 'Attendance', body: 'Police, health' },
      { key: 'item-1', heading: 'Item 1', body: 'Agreed high risk' },
    ]);
  });

  it('finds the sections someone else saved differently', () => {
    const theirs = [
      { key: 'attendance', heading: 'Attendance', body: 'Police, health' },
      { key: 'item-1', heading: 'Item 1', body: 'Agreed medium risk' },
    ];
    expect([...differingSections(mine, theirs)]).toEqual(['item-1']);
  });

  it('puts the API message for a section under that section', () => {
    expect(sectionErrors({ 'input.sections.1.body': 'Too long', other: 'x' }, mine)).toEqual({ 'item-1': 'Too long' });
  });
});
