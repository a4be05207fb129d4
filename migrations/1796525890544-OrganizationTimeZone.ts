import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Matching scores remote work on the working hours a candidate shares with the nonprofit, so an
 * organization records its IANA time zone. Filled from the country where the country has one zone;
 * elsewhere (US, BR, ES, PT, …) it stays null until the organization says, and matching falls back
 * to the country alone.
 */
const SINGLE_ZONE_COUNTRIES: Record<string, string> = {
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

export class OrganizationTimeZone1796525890544 implements MigrationInterface {
  name = 'OrganizationTimeZone1796525890544';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "time_zone" character varying(60)`);
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "CHK_organization_time_zone" CHECK (time_zone IS NULL OR time_zone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}$')`,
    );
    for (const [country, zone] of Object.entries(SINGLE_ZONE_COUNTRIES)) {
      await queryRunner.query(`UPDATE "organization" SET "time_zone" = $1 WHERE "country" = $2`, [zone, country]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "CHK_organization_time_zone"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "time_zone"`);
  }
}
