import { ActionCategory, MeetingDecision, RiskLevel } from '@mace/shared-domain';
import { hasErrors } from '../common/form-rules';
import { emptyActionRow, outcomeErrors, outcomeFieldOrder, outcomeFormFrom, recordOutcomeInput, type OutcomeForm } from './outcome-form';

const TODAY = '2026-12-03';

function filled(overrides: Partial<OutcomeForm> = {}): OutcomeForm {
  return {
    discussionSummary: ' Seen twice by the youth worker. ',
    agreedRiskLevel: RiskLevel.HIGH,
    riskRationale: 'Found in another county with older males',
    decisions: [MeetingDecision.CONTINUE, MeetingDecision.DISRUPTION],
    decisionNotes: '',
    nextReview: { day: '', month: '', year: '' },
    actions: [],
    ...overrides,
  };
}

describe('outcomeFormFrom', () => {
  it('starts from the saved note, so what was typed during the discussion is kept', () => {
    const form = outcomeFormFrom({ discussionSummary: 'Draft note', decisions: [], nextReviewOn: '2027-01-07' });
    expect(form).toMatchObject({ discussionSummary: 'Draft note', agreedRiskLevel: '', decisions: [], actions: [] });
    expect(form.nextReview).toEqual({ day: '7', month: '1', year: '2027' });
  });

  it('starts empty without a saved outcome', () => {
    expect(outcomeFormFrom(null)).toMatchObject({ discussionSummary: '', riskRationale: '', decisionNotes: '' });
  });
});

describe('outcomeErrors', () => {
  it('accepts a complete outcome', () => {
    expect(hasErrors(outcomeErrors(filled(), TODAY))).toBe(false);
  });

  it('names every missing field', () => {
    const errors = outcomeErrors(filled({ discussionSummary: ' ', agreedRiskLevel: '', riskRationale: '', decisions: [] }), TODAY);
    expect(errors).toMatchObject({
      discussionSummary: 'Enter a summary of the discussion',
      agreedRiskLevel: 'Select the risk level the meeting agreed',
      riskRationale: 'Enter why the meeting agreed this risk level',
      decisions: 'Select at least one decision',
    });
  });

  it('refuses two of continue, step down and close together', () => {
    const errors = outcomeErrors(filled({ decisions: [MeetingDecision.CONTINUE, MeetingDecision.CLOSE] }), TODAY);
    expect(errors['decisions']).toBe('Select only one of continue at MACE, step down or close');
  });

  it('checks the next review date only when one is given', () => {
    expect(outcomeErrors(filled({ nextReview: { day: '1', month: '12', year: '2026' } }), TODAY)['nextReviewOn']).toBe(
      'Next review date must be today or in the future',
    );
    expect(outcomeErrors(filled(), TODAY)['nextReviewOn']).toBeUndefined();
  });

  it('checks each action row under its own key', () => {
    const row = { ...emptyActionRow('a'), description: 'Visit', category: ActionCategory.SUPPORT, ownerAgencyId: 'agency-1', due: { day: '10', month: '12', year: '2026' } };
    const errors = outcomeErrors(filled({ actions: [row, emptyActionRow('b')] }), TODAY);
    expect(errors['actions.0.description']).toBeUndefined();
    expect(errors['actions.0.dueOn']).toBeUndefined();
    expect(errors).toMatchObject({
      'actions.1.description': 'Enter what needs to be done',
      'actions.1.category': 'Select a category',
      'actions.1.ownerAgencyId': 'Select the agency that owns the action',
      'actions.1.dueOn': 'Enter the due date',
    });
  });

  it('orders the error summary as the fields appear, each linking to its control', () => {
    const order = outcomeFieldOrder(filled({ actions: [emptyActionRow('a')] }));
    expect(order.map(([field]) => field)).toEqual([
      'discussionSummary',
      'agreedRiskLevel',
      'riskRationale',
      'decisions',
      'decisionNotes',
      'actions.0.description',
      'actions.0.category',
      'actions.0.ownerAgencyId',
      'actions.0.ownerUserId',
      'actions.0.dueOn',
      'nextReviewOn',
    ]);
    expect(order.find(([field]) => field === 'actions.0.dueOn')?.[1]).toBe('action-0-dueOn-day');
  });
});

describe('recordOutcomeInput', () => {
  it('maps the form to the mutation input, trimmed, leaving the next review to the API when empty', () => {
    expect(recordOutcomeInput('item-1', 0, filled())).toEqual({
      itemId: 'item-1',
      version: 0,
      discussionSummary: 'Seen twice by the youth worker.',
      agreedRiskLevel: RiskLevel.HIGH,
      riskRationale: 'Found in another county with older males',
      decisions: [MeetingDecision.CONTINUE, MeetingDecision.DISRUPTION],
      actions: [],
    });
  });

  it('sends the next review date, decision notes and actions when given', () => {
    const action = {
      ...emptyActionRow('a'),
      description: ' Home visit ',
      category: ActionCategory.SAFEGUARDING,
      ownerAgencyId: 'agency-1',
      ownerUserId: '',
      due: { day: '9', month: '1', year: '2027' },
    };
    const input = recordOutcomeInput(
      'item-1',
      3,
      filled({ decisionNotes: ' Strategy meeting on Monday ', nextReview: { day: '7', month: '1', year: '2027' }, actions: [action, { ...action, ownerUserId: 'user-9' }] }),
    );
    expect(input.version).toBe(3);
    expect(input.decisionNotes).toBe('Strategy meeting on Monday');
    expect(input.nextReviewOn).toBe('2027-01-07');
    expect(input.actions).toEqual([
      { description: 'Home visit', category: ActionCategory.SAFEGUARDING, ownerAgencyId: 'agency-1', dueOn: '2027-01-09' },
      { description: 'Home visit', category: ActionCategory.SAFEGUARDING, ownerAgencyId: 'agency-1', ownerUserId: 'user-9', dueOn: '2027-01-09' },
    ]);
  });
});
