import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { Transaction } from '../common/database/unit-of-work';
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

  /** A new account (auth checks the password and that the email is free; the unique index catches a race). */
  register(account: Pick<UserEntity, 'email' | 'name' | 'locale' | 'passwordHash'>): Promise<UserEntity> {
    return this.users.save(this.users.create(account));
  }

  /** A new account in the caller's transaction (invitation sign-up: the account and its membership together). */
  registerIn({ manager }: Transaction, account: Pick<UserEntity, 'email' | 'name' | 'locale' | 'passwordHash'>): Promise<UserEntity> {
    return manager.save(manager.create(UserEntity, account));
  }

  emailTaken(email: string): Promise<boolean> {
    return this.users.existsBy({ email });
  }

  /** In the caller's transaction; tokens issued before changedAt stop working. */
  async setPassword({ manager }: Transaction, id: string, passwordHash: string, changedAt: Date): Promise<void> {
    await manager.update(UserEntity, { id }, { passwordHash, passwordChangedAt: changedAt });
  }

  async updateMe(id: string, input: UpdateMeInput): Promise<UserEntity> {
    const changes = sentFields(input);
    if (Object.keys(changes).length > 0) await this.users.update({ id }, changes);
    return this.get(id);
  }
}
