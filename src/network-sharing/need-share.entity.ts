import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';

import { NeedEntity } from '../needs/need.entity';
import { NetworkMemberEntity } from '../networks/network-member.entity';
import { UserEntity } from '../users/user.entity';

/** A need an intermediary shares with one of its networks: the other members' curators may propose volunteers for it. */
@Entity('need_share')
@Unique('UQ_need_share', ['needId', 'networkId'])
@Index('IDX_need_share_network', ['networkId', 'intermediaryId'])
export class NeedShareEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  needId: string;

  @ManyToOne(() => NeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need: Relation<NeedEntity>;

  @Column('uuid')
  networkId: string;

  /** The sharing intermediary, a curator of the need. */
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
