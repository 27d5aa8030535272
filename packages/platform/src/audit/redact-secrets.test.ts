import { REDACTED, redactSecrets } from './redact-secrets';

describe('redactSecrets', () => {
  it('replaces secret fields at any depth and keeps the rest', () => {
    const input = {
      input: { email: 'a@b.c', password: 'hunter2', newPassword: 'x', refreshToken: 't', nested: [{ apiKey: 'k', name: 'n' }], code: '123456' },
      title: 'Deal',
    };
    expect(redactSecrets(input)).toEqual({
      input: { email: 'a@b.c', password: REDACTED, newPassword: REDACTED, refreshToken: REDACTED, nested: [{ apiKey: REDACTED, name: 'n' }], code: REDACTED },
      title: 'Deal',
    });
  });

  it('leaves ordinary names with similar letters alone', () => {
    expect(redactSecrets({ keyword: 'a', monkeyName: 'b', passenger: 'c' })).toEqual({ keyword: 'a', monkeyName: 'b', passenger: 'c' });
  });
});
