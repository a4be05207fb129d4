import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('Network')
@Entity('network')
export class NetworkEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ length: 200, unique: true })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field({ description: 'e.g. Asia, Europe, Global' })
  @Column({ length: 100, default: 'Global' })
  region: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
