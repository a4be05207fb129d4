import { MigrationInterface, QueryRunner } from 'typeorm';

const KIND = 'FOLLOW_UP_ASKED';
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
  'MATCH_REJECTED',
  'MATCH_WITHDRAWN',
  'MATCH_CANCELLED',
  'OFFER_EXPIRED',
  'NEED_CANCELLED',
  'INTEREST_RAISED',
];

export class FollowUpNotificationKind1796528769523 implements MigrationInterface {
  name = 'FollowUpNotificationKind1796528769523';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE '${KIND}'`);
  }

  // Postgres cannot drop enum values: the type is rebuilt without it, after its rows and mutes are gone.
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind"::text = $1`, [KIND]);
    await queryRunner.query(`UPDATE "user_account" SET "muted_notification_kinds" = array_remove("muted_notification_kinds", $1)`, [KIND]);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM(${BEFORE.map((k) => `'${k}'`).join(', ')})`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
  }
}
