import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationPendingUnique1795431832811 implements MigrationInterface {
  name = 'InvitationPendingUnique1795431832811';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Keep only the newest pending invitation per address and organization, as re-inviting now does.
    await queryRunner.query(
      `DELETE FROM "invitation" a USING "invitation" b WHERE a."accepted_at" IS NULL AND b."accepted_at" IS NULL AND a."organization_id" = b."organization_id" AND a."email" = b."email" AND (a."created_at", a."id") < (b."created_at", b."id")`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_invitation_pending" ON "invitation" ("organization_id", "email") WHERE accepted_at IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_invitation_pending"`);
  }
}
