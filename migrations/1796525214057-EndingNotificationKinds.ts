import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = ['MATCH_REJECTED', 'MATCH_WITHDRAWN', 'MATCH_CANCELLED', 'OFFER_EXPIRED', 'NEED_CANCELLED'];
const BEFORE = [
  'PROPOSAL_NEW',
  'OFFER_NEW',
  'MATCH_ACCEPTED',
  'MATCH_DECLINED',
  'MATCH_CONFIRMED',
  'OFFER_EXPIRING',
  'HOURS_TO_CONFIRM',
  'MATCH_COMPLETED',
  'INVITATION',
  'NEW_MESSAGE',
];

export class EndingNotificationKinds1796525214057 implements MigrationInterface {
  name = 'EndingNotificationKinds1796525214057';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const kind of KINDS) await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE '${kind}'`);
  }

  // Postgres cannot drop enum values: the type is rebuilt without them, after their rows and mutes are gone.
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind"::text = ANY($1)`, [KINDS]);
    for (const kind of KINDS) await queryRunner.query(`UPDATE "user_account" SET "muted_notification_kinds" = array_remove("muted_notification_kinds", $1)`, [kind]);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM(${BEFORE.map((k) => `'${k}'`).join(', ')})`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
  }
}
