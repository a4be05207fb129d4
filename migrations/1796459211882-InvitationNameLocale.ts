import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationNameLocale1796459211882 implements MigrationInterface {
  name = 'InvitationNameLocale1796459211882';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" ADD "name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD "locale" character varying(10)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "locale"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "name"`);
  }
}
