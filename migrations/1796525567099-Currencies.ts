import { MigrationInterface, QueryRunner } from 'typeorm';

const EURO_COUNTRIES = ['AT', 'BE', 'BG', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK'];
const OTHER_CURRENCIES: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  JP: 'JPY',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  IS: 'ISK',
  UA: 'UAH',
  TR: 'TRY',
  IL: 'ILS',
  CA: 'CAD',
  MX: 'MXN',
  BR: 'BRL',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  PE: 'PEN',
  AU: 'AUD',
  NZ: 'NZD',
  CN: 'CNY',
  HK: 'HKD',
  TW: 'TWD',
  KR: 'KRW',
  SG: 'SGD',
  MY: 'MYR',
  TH: 'THB',
  ID: 'IDR',
  PH: 'PHP',
  VN: 'VND',
  IN: 'INR',
  BD: 'BDT',
  PK: 'PKR',
  LK: 'LKR',
  NP: 'NPR',
  ZA: 'ZAR',
  NG: 'NGN',
  KE: 'KES',
  GH: 'GHS',
  UG: 'UGX',
  TZ: 'TZS',
  RW: 'RWF',
  ET: 'ETB',
  EG: 'EGP',
  MA: 'MAD',
  SA: 'SAR',
  AE: 'AED',
};

/**
 * Money carries its ISO 4217 currency: organizations (defaulted from their country, which is the
 * database's rule so that every insert path gets it), funding roles (defaulted from their nonprofit)
 * and funding offers (defaulted from their funder instead of a fixed EUR). Countries missing from the
 * table fall back to USD; the organization's admin can change it.
 */
export class Currencies1796525567099 implements MigrationInterface {
  name = 'Currencies1796525567099';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const cases = [...EURO_COUNTRIES.map((c) => [c, 'EUR']), ...Object.entries(OTHER_CURRENCIES)].map(([c, cur]) => `WHEN '${c}' THEN '${cur}'`).join(' ');
    await queryRunner.query(`CREATE FUNCTION currency_of_country(country text) RETURNS character(3) LANGUAGE sql IMMUTABLE AS $$ SELECT CASE country ${cases} ELSE 'USD' END $$`);

    await queryRunner.query(`ALTER TABLE "organization" ADD "currency" character(3)`);
    await queryRunner.query(`UPDATE "organization" SET "currency" = currency_of_country("country")`);
    await queryRunner.query(`ALTER TABLE "organization" ALTER COLUMN "currency" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "CHK_organization_currency" CHECK (currency ~ '^[A-Z]{3}$')`);
    await queryRunner.query(
      `CREATE FUNCTION organization_currency_default() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.currency := currency_of_country(NEW.country); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER organization_currency_default BEFORE INSERT ON "organization" FOR EACH ROW WHEN (NEW.currency IS NULL) EXECUTE FUNCTION organization_currency_default()`,
    );

    await queryRunner.query(`ALTER TABLE "need_role" ADD "currency" character(3)`);
    await queryRunner.query(
      `UPDATE "need_role" r SET "currency" = o."currency" FROM "need" n JOIN "organization" o ON o."id" = n."nonprofit_id" WHERE n."id" = r."need_id" AND r."kind" = 'FUNDING'`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_role" ADD CONSTRAINT "CHK_need_role_currency" CHECK ((kind = 'FUNDING') = (currency IS NOT NULL) AND (currency IS NULL OR currency ~ '^[A-Z]{3}$'))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION need_role_currency_default() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          SELECT o.currency INTO NEW.currency FROM need n JOIN organization o ON o.id = n.nonprofit_id WHERE n.id = NEW.need_id;
          RETURN NEW;
        END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER need_role_currency_default BEFORE INSERT ON "need_role" FOR EACH ROW WHEN (NEW.currency IS NULL AND NEW.kind = 'FUNDING') EXECUTE FUNCTION need_role_currency_default()`,
    );

    await queryRunner.query(`ALTER TABLE "funding_offer" ALTER COLUMN "currency" DROP DEFAULT`);
    await queryRunner.query(
      `CREATE FUNCTION funding_offer_currency_default() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN SELECT o.currency INTO NEW.currency FROM organization o WHERE o.id = NEW.funder_id; RETURN NEW; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER funding_offer_currency_default BEFORE INSERT ON "funding_offer" FOR EACH ROW WHEN (NEW.currency IS NULL) EXECUTE FUNCTION funding_offer_currency_default()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "funding_offer_currency_default" ON "funding_offer"`);
    await queryRunner.query(`DROP FUNCTION funding_offer_currency_default()`);
    await queryRunner.query(`ALTER TABLE "funding_offer" ALTER COLUMN "currency" SET DEFAULT 'EUR'`);
    await queryRunner.query(`DROP TRIGGER "need_role_currency_default" ON "need_role"`);
    await queryRunner.query(`DROP FUNCTION need_role_currency_default()`);
    await queryRunner.query(`ALTER TABLE "need_role" DROP CONSTRAINT "CHK_need_role_currency"`);
    await queryRunner.query(`ALTER TABLE "need_role" DROP COLUMN "currency"`);
    await queryRunner.query(`DROP TRIGGER "organization_currency_default" ON "organization"`);
    await queryRunner.query(`DROP FUNCTION organization_currency_default()`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "CHK_organization_currency"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "currency"`);
    await queryRunner.query(`DROP FUNCTION currency_of_country(text)`);
  }
}
