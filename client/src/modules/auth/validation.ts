// Mirrors the API's class-validator rules so most mistakes are caught before a round trip.
export const PASSWORD_MIN_LENGTH = 10;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

/** For a new password only; the API also refuses ones that are easy to guess, and says why. */
export function isValidNewPassword(value: string): boolean {
  return value.length >= PASSWORD_MIN_LENGTH;
}
