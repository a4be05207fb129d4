/**
 * What an hour of pro-bono work is worth, in USD, by the skill category of the role (its
 * highest-weight skill decides). Rough market rates for professional services, used to show the
 * value of donated time; change them here and every impact figure follows.
 *
 * One currency on purpose: an impact scope (a network, a program across 16 countries) mixes
 * organizations of many currencies, and converting US rates with an exchange rate would claim a
 * precision the rates do not have. So the report states USD, the client formats it as USD in the
 * reader's locale (US$ / $ / 1.234 $) and says that these are US market rates, whatever the
 * organizations' own currencies are.
 */
export const IMPACT_CURRENCY = 'USD';

export const HOURLY_VALUE_BY_CATEGORY: Readonly<Record<string, number>> = {
  strategy: 150,
  legal: 150,
  finance: 130,
  it: 120,
  data: 120,
  marketing: 110,
  'project-management': 110,
  hr: 100,
  design: 100,
  fundraising: 100,
  communications: 95,
  operations: 90,
  sustainability: 90,
  health: 90,
  education: 75,
  languages: 60,
};

/** For roles without skills, or a category missing above. */
export const DEFAULT_HOURLY_VALUE = 80;
