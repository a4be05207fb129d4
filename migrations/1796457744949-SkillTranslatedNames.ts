import { MigrationInterface, QueryRunner } from 'typeorm';

export class SkillTranslatedNames1796457744949 implements MigrationInterface {
  name = 'SkillTranslatedNames1796457744949';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill" ADD "name_de" character varying(120)`);
    await queryRunner.query(`ALTER TABLE "skill" ADD "name_ja" character varying(120)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill" DROP COLUMN "name_ja"`);
    await queryRunner.query(`ALTER TABLE "skill" DROP COLUMN "name_de"`);
  }
}
