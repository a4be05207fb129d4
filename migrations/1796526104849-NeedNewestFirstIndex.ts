import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedNewestFirstIndex1796526104849 implements MigrationInterface {
  name = 'NeedNewestFirstIndex1796526104849';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_need_newest" ON "need" ("created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_need_newest"`);
  }
}
