/**
 * The time zone of countries that have exactly one, so an organization that names none still gets
 * one (matching scores remote work on shared working hours). Countries with several zones (US, BR,
 * ES, PT, AU, …) are left out on purpose: a wrong guess would cost more than no time zone.
 */
const SINGLE_ZONE_COUNTRIES: Readonly<Record<string, string>> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  CH: 'Europe/Zurich',
  CZ: 'Europe/Prague',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  GR: 'Europe/Athens',
  HR: 'Europe/Zagreb',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  NL: 'Europe/Amsterdam',
  NO: 'Europe/Oslo',
  PL: 'Europe/Warsaw',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana',
  SK: 'Europe/Bratislava',
  GH: 'Africa/Accra',
  KE: 'Africa/Nairobi',
  NG: 'Africa/Lagos',
  RW: 'Africa/Kigali',
  TZ: 'Africa/Dar_es_Salaam',
  UG: 'Africa/Kampala',
  ZA: 'Africa/Johannesburg',
  IN: 'Asia/Kolkata',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  SG: 'Asia/Singapore',
  PH: 'Asia/Manila',
  IL: 'Asia/Jerusalem',
  TR: 'Europe/Istanbul',
  CO: 'America/Bogota',
  PE: 'America/Lima',
};

export function singleTimeZoneOf(country: string): string | null {
  return SINGLE_ZONE_COUNTRIES[country] ?? null;
}
