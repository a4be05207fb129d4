import { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshTokenSession1796457722726 implements MigrationInterface {
  name = 'RefreshTokenSession1796457722726';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Tokens issued before sessions existed each become a session of their own.
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD "session_id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ALTER COLUMN "session_id" DROP DEFAULT`);
    await queryRunner.query(`CREATE INDEX "IDX_7643a722ca45fb721be1c63dc0" ON "refresh_token" ("session_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_7643a722ca45fb721be1c63dc0"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "session_id"`);
  }
}
