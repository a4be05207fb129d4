import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, ValidateBy, ValidateIf, ValidationArguments } from 'class-validator';
import { RoleKind } from '../need-role.entity';

/** Optional, but when sent it must not be null: for fields whose column is NOT NULL. */
export const IsOptionalNotNull = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** A calendar date written yyyy-mm-dd, e.g. 2026-04-01. */
export const IsIsoDate = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written yyyy-mm-dd' }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
  );

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

const kindOf = (args?: ValidationArguments) => (args?.object as { kind?: RoleKind }).kind;

/** Funding roles say how much money they want; the other kinds must not carry an amount. */
export const IsAmountForKind = () =>
  ValidateBy({
    name: 'isAmountForKind',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => (kindOf(args) === RoleKind.FUNDING ? isAmount(value) : value === undefined || value === null),
      defaultMessage: (args?: ValidationArguments) => (kindOf(args) === RoleKind.FUNDING ? AMOUNT_MESSAGE : 'amount is only for funding roles'),
    },
  });

// The column is numeric(14, 2).
export const MAX_AMOUNT = 999_999_999_999;
export const AMOUNT_MESSAGE = `amount is required for a funding role and must be above 0 and at most ${MAX_AMOUNT}`;
const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_AMOUNT;

/** Volunteers and mentors are matched on skills, so their roles must name at least one. */
export const HasSkillsForKind = () =>
  ValidateBy({
    name: 'hasSkillsForKind',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => kindOf(args) === RoleKind.FUNDING || (Array.isArray(value) && value.length > 0),
      defaultMessage: () => 'skills must name at least one skill for volunteer and mentor roles',
    },
  });
