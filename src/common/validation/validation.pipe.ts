import { ValidationError, ValidationPipe } from '@nestjs/common';

import { AppError, FieldProblem } from '../errors/app-error';
import { NULL_REFUSED } from './update-fields';

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    // A refused null says all there is to say; the field's other checks would only repeat it.
    const constraints = e.constraints?.[NULL_REFUSED] ? { [NULL_REFUSED]: e.constraints[NULL_REFUSED] } : (e.constraints ?? {});
    const own = Object.values(constraints).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Validates every @Args input; failures become one BAD_USER_INPUT error naming each field. */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  validateCustomDecorators: false,
  exceptionFactory: (errors) => {
    const fields = flatten(errors);
    const summary = fields.map((f) => f.message).join('; ');
    return AppError.badInput(summary ? `Please check your input: ${summary}.` : 'Please check your input.', fields);
  },
});
