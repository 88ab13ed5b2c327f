import { formatGraphQLError, variableErrorFields } from './format-error';

describe('formatGraphQLError', () => {
  it('keeps stable codes and drops stack traces', () => {
    const out = formatGraphQLError(
      { message: 'User not found', extensions: { code: 'NOT_FOUND', stacktrace: ['at /srv/app.js:1'] } },
      false,
    );
    expect(out).toEqual({ message: 'User not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('hides the message of an unexpected error outside development', () => {
    const out = formatGraphQLError(
      { message: 'relation "user_account" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['x'] } },
      false,
    );
    expect(out.message).toBe('Something went wrong. Try again later');
    expect(JSON.stringify(out)).not.toMatch(/relation|stacktrace/);
  });

  it('keeps per-field messages of bad input', () => {
    const out = formatGraphQLError({ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: { email: 'Enter an email' } } }, false);
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { email: 'Enter an email' } });
  });

  it('names the field of a variable that does not fit its type, relative to the argument', () => {
    const out = formatGraphQLError(
      {
        message: 'Variable "$input" got invalid value "PURPLE" at "input.gender"; Value "PURPLE" does not exist in "Gender" enum.',
        extensions: { code: 'BAD_USER_INPUT' },
      },
      false,
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { gender: 'Choose an option from the list' } });
    expect(variableErrorFields('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"')).toEqual({
      first: 'Enter a valid value',
    });
  });
});
