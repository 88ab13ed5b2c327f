import { IntelligenceProvenance } from '@mace/shared-domain';
import { calendarDate, emptySubmitForm, submitFormErrors, toSubmitInput, withChild, type SubmitForm } from './submit-form';

const TODAY = '2026-03-27';
const valid: SubmitForm = {
  ...emptySubmitForm('d1'),
  what: 'A silver car waits outside the gates at 3pm',
  provenance: IntelligenceProvenance.SEEN_OR_HEARD,
};

describe('submit intelligence form', () => {
  it('asks for what happened, how you know and the district', () => {
    expect(submitFormErrors(emptySubmitForm(''), TODAY)).toEqual({
      districtId: 'Select the district it happened in',
      what: 'Enter what happened',
      provenance: 'Select how you know',
    });
    expect(submitFormErrors(valid, TODAY)).toEqual({});
  });

  it('accepts no date, refuses unreal and future dates', () => {
    const on = (day: string, month: string, year: string) => submitFormErrors({ ...valid, occurredOn: { day, month, year } }, TODAY)['occurredOn'];
    expect(on('', '', '')).toBeUndefined();
    expect(on('27', '3', '2026')).toBeUndefined();
    expect(on('30', '2', '2026')).toMatch(/real date/);
    expect(on('28', '3', '2026')).toMatch(/today or in the past/);
  });

  it('refuses texts longer than the database keeps', () => {
    expect(submitFormErrors({ ...valid, what: 'x'.repeat(10001) }, TODAY)['what']).toBe('What happened must be 10,000 characters or fewer');
    expect(submitFormErrors({ ...valid, occurredTime: 'x'.repeat(41) }, TODAY)['occurredTime']).toBeDefined();
  });

  it('sends trimmed texts, the date as yyyy-mm-dd and the children’s ids', () => {
    const input = toSubmitInput({
      ...valid,
      what: '  seen  ',
      occurredOn: { day: '5', month: '3', year: '2026' },
      place: ' ',
      children: [{ id: 'c1', fullName: 'A' }],
    });
    expect(input).toEqual({
      districtId: 'd1',
      what: 'seen',
      occurredOn: '2026-03-05',
      occurredTime: undefined,
      place: undefined,
      who: undefined,
      provenance: IntelligenceProvenance.SEEN_OR_HEARD,
      provenanceDetail: undefined,
      childIds: ['c1'],
    });
  });

  it('reads dates and adds each child once', () => {
    expect(calendarDate({ day: '1', month: '12', year: '2025' })).toBe('2025-12-01');
    expect(calendarDate({ day: '', month: '12', year: '2025' })).toBeNull();
    const once = withChild(withChild([], { id: 'c1', fullName: 'A' }), { id: 'c1', fullName: 'A' });
    expect(once).toHaveLength(1);
  });
});
