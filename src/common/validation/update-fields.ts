import { applyDecorators } from '@nestjs/common';
import { IsOptional, ValidateBy, ValidateIf } from 'class-validator';

/**
 * The one null policy of update inputs:
 * - a field left out keeps its value;
 * - null clears a field that may be empty (`@ClearWithNull()`);
 * - null on a field that must hold a value is refused with BAD_USER_INPUT naming it (`@KeepWhenOmitted()`),
 *   never passed on to a NOT NULL column.
 */
export const NULL_REFUSED = 'nullRefused';

export const KeepWhenOmitted = () =>
  applyDecorators(
    ValidateIf((_: object, value: unknown) => value !== undefined),
    ValidateBy({
      name: NULL_REFUSED,
      validator: { validate: (value: unknown) => value !== null, defaultMessage: () => '$property cannot be null: leave it out to keep the current value' },
    }),
  );

export const ClearWithNull = () => IsOptional();

/** The fields an update input sent: undefined (left out) is dropped, null (clear) is kept. */
export const sentFields = <T extends object>(input: T): Partial<T> => Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
