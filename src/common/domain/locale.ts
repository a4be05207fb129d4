/** The languages Rally speaks: accounts, invitations, emails and translated skill names. */
export const LOCALES = ['en', 'de', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
