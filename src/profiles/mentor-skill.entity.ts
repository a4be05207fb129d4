import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';

import { SkillEntity } from '../skills/skill.entity';
import { MentorProfileEntity } from './mentor-profile.entity';

@Entity('mentor_skill')
@Check('CHK_mentor_skill_level', `level BETWEEN 1 AND 5`)
export class MentorSkillEntity {
  @PrimaryColumn('uuid')
  profileId: string;

  @ManyToOne(() => MentorProfileEntity, (p) => p.expertise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile: Relation<MentorProfileEntity>;

  @Index()
  @PrimaryColumn({ length: 80 })
  skillId: string;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id' })
  skill: Relation<SkillEntity>;

  @Column('smallint')
  level: number;
}
