import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsISO6391, IsISO31661Alpha2, IsString, Matches, MaxLength, ValidateBy, ValidationArguments } from 'class-validator';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const lowerEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value);
const upperEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v)) : value);

/** An ISO 3166-1 alpha-2 country code such as JP or DE. */
export const IsCountry = () => applyDecorators(Transform(upper), IsISO31661Alpha2({ message: '$property must be an ISO 3166-1 country code such as JP or DE' }));

export const IsCountryList = (max = 60) =>
  applyDecorators(Transform(upperEach), ArrayMaxSize(max), IsISO31661Alpha2({ each: true, message: '$property must hold ISO 3166-1 country codes such as JP or DE' }));

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 code that Intl (and so every client) can format, such as EUR or JPY; written in any case. */
export const IsCurrency = () =>
  applyDecorators(
    Transform(upper),
    ValidateBy({
      name: 'isCurrency',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^[A-Z]{3}$/.test(value) && CURRENCIES.has(value),
        defaultMessage: () => '$property must be an ISO 4217 currency code such as EUR or JPY',
      },
    }),
  );

/** An ISO 639-1 language code such as en, de or ja. */
export const IsLanguage = () => applyDecorators(Transform(lower), IsISO6391({ message: '$property must be an ISO 639-1 language code such as en, de or ja' }));

export const IsLanguageList = (max = 20) =>
  applyDecorators(Transform(lowerEach), ArrayMaxSize(max), IsISO6391({ each: true, message: '$property must hold ISO 639-1 language codes such as en, de or ja' }));

export const IsTimeZone = () =>
  applyDecorators(IsString(), Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$|^UTC$/, { message: '$property must be an IANA time zone such as Asia/Tokyo' }));

/**
 * A finite number with at most `places` decimals. class-validator's `maxDecimalPlaces` throws on
 * numbers JavaScript prints with an exponent (5e-324), which answered as a server error.
 */
export const IsDecimal = (places: number, message: string) =>
  ValidateBy({
    name: 'isDecimal',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
      defaultMessage: () => message,
    },
  });

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written yyyy-mm-dd (2025-02-30 is refused). */
export const isDateOnly = (value: unknown): boolean =>
  typeof value === 'string' && DATE_ONLY.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);

export const IsDateOnly = () =>
  ValidateBy({ name: 'isDateOnly', validator: { validate: isDateOnly, defaultMessage: () => '$property must be a real date written yyyy-mm-dd, e.g. 2026-04-01' } });

/** Compares with a sibling yyyy-mm-dd date; string order is date order in this format. */
export const IsNotBefore = (sibling: string) =>
  ValidateBy({
    name: 'isNotBefore',
    constraints: [sibling],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const other = (args?.object as Record<string, unknown>)[sibling];
        return typeof value !== 'string' || typeof other !== 'string' || other <= value;
      },
      defaultMessage: () => `$property must not be before ${sibling}`,
    },
  });

/** The shape of a skill id (and of a skill category): a kebab-case slug; the database checks the same. */
export const SKILL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const IsSkillId = (message = '$property must be a skill id such as financial-planning') => applyDecorators(IsString(), MaxLength(80), Matches(SKILL_ID, { message }));

// Control characters other than tab and line breaks (NUL included), and lone surrogates: plain text only.
// eslint-disable-next-line no-control-regex
export const PLAIN_TEXT = /^(?:[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

/** Trims free text and unifies its line breaks, for `@Transform`. */
export const trimText = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : value);
