import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { UserEntity } from './user.entity';
import { UpdateMeInput } from './dtos/update-me.input';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw AppError.notFound('User');
    return user;
  }

  async updateMe(id: string, input: UpdateMeInput): Promise<UserEntity> {
    await this.users.update({ id }, { ...input });
    return this.get(id);
  }
}
