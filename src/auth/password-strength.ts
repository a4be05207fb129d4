import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

import { AppError } from '../common/errors/app-error';

// zxcvbn's scale: 3 means "safely unguessable" against an online attack that is throttled.
const MIN_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

// zxcvbn's warnings are translation keys; these are its English meanings.
const REASONS: Record<string, string> = {
  straightRow: 'it is a row of keys on the keyboard',
  keyPattern: 'it is a short keyboard pattern',
  simpleRepeat: 'it repeats a character',
  extendedRepeat: 'it repeats a short pattern',
  sequences: 'it is a sequence like 1234 or abcd',
  recentYears: 'it contains a recent year',
  dates: 'it contains a date',
  topTen: 'it is among the ten most used passwords',
  topHundred: 'it is among the hundred most used passwords',
  common: 'it is a commonly used password',
  similarToCommon: 'it is too close to a commonly used password',
  wordByItself: 'a single word is easy to guess',
  namesByThemselves: 'names on their own are easy to guess',
  commonNames: 'it is a common name',
  userInputs: 'it contains your name or email',
};

/** The stable code of a password refused as too easy to guess; clients translate it. */
export const PASSWORD_TOO_WEAK = 'PASSWORD_TOO_WEAK';

export interface PasswordWeakness {
  /** English, for logs and clients that do not translate the keys. */
  reason: string;
  /** zxcvbn's warning key (see REASONS), or null. */
  warning: string | null;
  /** zxcvbn's suggestion keys, e.g. "addAnotherWord". */
  suggestions: string[];
}

/**
 * Why `password` would be easy to guess, or null when it is strong enough. `userInputs` (the
 * person's email, name) count as guessable words.
 */
export function passwordWeakness(password: string, userInputs: string[]): PasswordWeakness | null {
  const result = zxcvbn.check(
    password,
    userInputs.flatMap((input) => [input, ...input.split(/[@.\s_-]+/)]).filter((w) => w.length > 2),
  );
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning ?? null;
  const reason = warning ? REASONS[warning] : undefined;
  return {
    reason: `is too easy to guess${reason ? ` (${reason})` : ''}; use a few unrelated words or a longer phrase`,
    warning: warning && REASONS[warning] ? warning : null,
    suggestions: [...result.feedback.suggestions],
  };
}

export function weakPasswordReason(password: string, userInputs: string[]): string | null {
  return passwordWeakness(password, userInputs)?.reason ?? null;
}

/** The one strength rule for every new password: sign-up, invitation sign-up and password change. */
export function requireStrongPassword(field: string, password: string, userInputs: string[]): void {
  const weakness = passwordWeakness(password, userInputs);
  if (!weakness) return;
  throw AppError.badInput(`Please choose another password: it ${weakness.reason}.`, [
    { field, message: `${field} ${weakness.reason}`, code: PASSWORD_TOO_WEAK, warning: weakness.warning, suggestions: weakness.suggestions },
  ]);
}
