import { ValidateBy, ValidationArguments } from 'class-validator';

import { RoleKind } from '../need-role.entity';

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

/** A currency only where there is money: on funding roles. */
export const IsOnlyForFunding = () =>
  ValidateBy({
    name: 'isOnlyForFunding',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => kindOf(args) === RoleKind.FUNDING || value === undefined || value === null,
      defaultMessage: () => '$property is only for funding roles',
    },
  });

// The column is numeric(14, 2).
export const MAX_AMOUNT = 999_999_999_999;
export const AMOUNT_MESSAGE = `amount is required for a funding role and must be above 0 and at most ${MAX_AMOUNT}`;
const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_AMOUNT;

/** Volunteers are matched on skills, so their roles must name at least one; a mentor role may instead rely on expertise in the need's focus area. */
export const HasSkillsForKind = () =>
  ValidateBy({
    name: 'hasSkillsForKind',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => kindOf(args) !== RoleKind.VOLUNTEER || (Array.isArray(value) && value.length > 0),
      defaultMessage: () => 'skills must name at least one skill for volunteer roles',
    },
  });
