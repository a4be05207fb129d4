import { weakPasswordReason } from './password-strength';

describe('weakPasswordReason', () => {
  it.each([
    ['1234567890', 'sequence|hundred|commonly'],
    ['          ', 'repeats'],
    ['aaaaaaaaaaaa', 'repeats'],
    ['password123', 'commonly|hundred|ten'],
    ['qwertyuiop', 'keyboard|hundred|commonly'],
  ])('refuses %j with its reason', (password, reason) => {
    expect(weakPasswordReason(password, [])).toMatch(new RegExp(`^is too easy to guess.*(${reason})`));
  });

  it('counts the person’s own name and email as guessable', () => {
    expect(weakPasswordReason('hanako.sato', [])).toBeNull();
    expect(weakPasswordReason('hanako.sato', ['hanako.sato@example.jp', 'Hanako Sato'])).toMatch(/too easy/);
  });

  it('accepts passphrases and the demo password', () => {
    expect(weakPasswordReason('correct horse battery', [])).toBeNull();
    expect(weakPasswordReason('rally-demo-2026', ['admin@rally.demo'])).toBeNull();
  });
});
