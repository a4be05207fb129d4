import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';

import { NetworkMemberEntity } from '../networks/network-member.entity';
import { ProgramEntity } from '../programs/program.entity';
import { UserEntity } from '../users/user.entity';

/** A program its intermediary shares with one of its networks: each of its needs is shared with it. */
@Entity('program_share')
@Unique('UQ_program_share', ['programId', 'networkId'])
@Index('IDX_program_share_network', ['networkId', 'intermediaryId'])
export class ProgramShareEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program: Relation<ProgramEntity>;

  @Column('uuid')
  networkId: string;

  /** The sharing intermediary, which runs the program. */
  @Column('uuid')
  intermediaryId: string;

  // Keyed on the membership, so an intermediary leaving the network takes its shares with it.
  @ManyToOne(() => NetworkMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'network_id', referencedColumnName: 'networkId' },
    { name: 'intermediary_id', referencedColumnName: 'organizationId' },
  ])
  member: Relation<NetworkMemberEntity>;

  // The share outlives the account of the curator who made it.
  @Column('uuid', { nullable: true })
  sharedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'shared_by' })
  sharedByUser: Relation<UserEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  sharedAt: Date;
}
