import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@ObjectType('User')
@Entity('user_account')
@Unique('UQ_user_email', ['email'])
@Check('CHK_user_email_lower', `email = lower(email)`)
export class UserEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Exposed through UsersResolver.email, which hides it from those who may not write to the person.
  @Column({ length: 320 })
  email: string;

  @Column({ length: 200 })
  passwordHash: string;

  @Field()
  @Column({ length: 200 })
  name: string;

  @Field({ description: 'Preferred interface language: en, de or ja' })
  @Column({ length: 10, default: 'en' })
  locale: string;

  @Column({ default: false })
  isPlatformAdmin: boolean;

  @Column('text', { array: true, default: '{}' })
  mutedNotificationKinds: string[];

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
