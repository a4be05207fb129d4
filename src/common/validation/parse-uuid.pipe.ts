import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';

import { AppError } from '../errors/app-error';

/** Checks id arguments, so a malformed id is BAD_USER_INPUT rather than a database error. */
@Injectable()
export class ParseUuidPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    const name = metadata.data ?? 'id';
    if (typeof value !== 'string' || !isUUID(value)) {
      throw AppError.badInput(`${name} must be a valid id.`, [{ field: name, message: 'must be a UUID' }]);
    }
    return value;
  }
}
