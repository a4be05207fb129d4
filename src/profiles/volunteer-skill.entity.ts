import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';

import { SkillEntity } from '../skills/skill.entity';
import { VolunteerProfileEntity } from './volunteer-profile.entity';

@Entity('volunteer_skill')
@Check('CHK_volunteer_skill_level', `level BETWEEN 1 AND 5`)
export class VolunteerSkillEntity {
  @PrimaryColumn('uuid')
  profileId: string;

  @ManyToOne(() => VolunteerProfileEntity, (p) => p.skills, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile: Relation<VolunteerProfileEntity>;

  @Index()
  @PrimaryColumn({ length: 80 })
  skillId: string;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id' })
  skill: Relation<SkillEntity>;

  @Column('smallint')
  level: number;
}
