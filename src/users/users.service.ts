import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AppError } from '../common/errors/app-error';
import { sentFields } from '../common/validation/update-fields';
import { UpdateMeInput } from './dtos/update-me.input';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw AppError.notFound('User');
    return user;
  }

  async updateMe(id: string, input: UpdateMeInput): Promise<UserEntity> {
    const changes = sentFields(input);
    if (Object.keys(changes).length > 0) await this.users.update({ id }, changes);
    return this.get(id);
  }
}
