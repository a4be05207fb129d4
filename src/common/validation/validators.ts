import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsISO31661Alpha2, IsISO6391, IsString, Matches } from 'class-validator';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const lowerEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value);
const upperEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim().toUpperCase() : v)) : value);

/** An ISO 3166-1 alpha-2 country code such as JP or DE. */
export const IsCountry = () =>
  applyDecorators(Transform(upper), IsISO31661Alpha2({ message: '$property must be an ISO 3166-1 country code such as JP or DE' }));

export const IsCountryList = (max = 60) =>
  applyDecorators(
    Transform(upperEach),
    ArrayMaxSize(max),
    IsISO31661Alpha2({ each: true, message: '$property must hold ISO 3166-1 country codes such as JP or DE' }),
  );

/** An ISO 639-1 language code such as en, de or ja. */
export const IsLanguage = () =>
  applyDecorators(Transform(lower), IsISO6391({ message: '$property must be an ISO 639-1 language code such as en, de or ja' }));

export const IsLanguageList = (max = 20) =>
  applyDecorators(
    Transform(lowerEach),
    ArrayMaxSize(max),
    IsISO6391({ each: true, message: '$property must hold ISO 639-1 language codes such as en, de or ja' }),
  );

export const IsTimeZone = () =>
  applyDecorators(
    IsString(),
    Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$|^UTC$/, { message: '$property must be an IANA time zone such as Asia/Tokyo' }),
  );
