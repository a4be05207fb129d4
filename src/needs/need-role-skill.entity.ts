import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';

import { SkillEntity } from '../skills/skill.entity';
import { NeedRoleEntity } from './need-role.entity';

@Entity('need_role_skill')
@Check('CHK_need_role_skill_level', `level BETWEEN 1 AND 5`)
@Check('CHK_need_role_skill_weight', `weight BETWEEN 1 AND 5`)
export class NeedRoleSkillEntity {
  @PrimaryColumn('uuid')
  roleId: string;

  @ManyToOne(() => NeedRoleEntity, (r) => r.skills, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role: Relation<NeedRoleEntity>;

  @Index()
  @PrimaryColumn({ length: 80 })
  skillId: string;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id' })
  skill: Relation<SkillEntity>;

  @Column('smallint')
  level: number;

  @Column('smallint', { default: 3 })
  weight: number;
}
