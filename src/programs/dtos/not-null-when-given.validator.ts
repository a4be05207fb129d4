import { ValidateIf } from 'class-validator';

/**
 * For optional fields of update inputs whose column is NOT NULL: leaving the field out keeps the value,
 * while an explicit null is validated (and refused) instead of reaching the database.
 * Belongs in src/common/validation/validators.ts.
 */
export const NotNullWhenGiven = () => ValidateIf((_: object, value: unknown) => value !== undefined);
