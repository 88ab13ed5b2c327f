import { formFrom, toSaveInput, updateFormErrors } from './update-form';

describe('pre-meeting update form', () => {
  it('starts from the agency’s saved update, empty where nothing was said', () => {
    expect(formFrom({ concerns: 'Seen with older males', childVoice: null })).toEqual({
      contactSinceLast: '',
      concerns: 'Seen with older males',
      childVoice: '',
      actionProgress: '',
    });
    expect(formFrom(undefined).concerns).toBe('');
  });

  it('asks for at least one part', () => {
    expect(updateFormErrors(formFrom({ concerns: '   ' }))).toEqual({ form: 'Enter at least one part of the update' });
    expect(updateFormErrors(formFrom({ concerns: 'x' }))).toEqual({});
  });

  it('holds each part to 4,000 characters', () => {
    expect(updateFormErrors(formFrom({ childVoice: 'x'.repeat(4001) }))).toEqual({
      childVoice: 'The child’s voice must be 4,000 characters or fewer',
    });
    expect(updateFormErrors(formFrom({ childVoice: 'x'.repeat(4000) }))).toEqual({});
  });

  it('sends no version on the first save and the saved one after', () => {
    const form = formFrom({ concerns: ' New concerns ' });
    expect(toSaveInput('i1', undefined, form)).toEqual({
      itemId: 'i1',
      contactSinceLast: null,
      concerns: 'New concerns',
      childVoice: null,
      actionProgress: null,
    });
    expect(toSaveInput('i1', 3, form)).toMatchObject({ itemId: 'i1', version: 3 });
  });
});
