import { MigrationInterface, QueryRunner } from 'typeorm';

/** Volunteers and mentors raising their hand for a role (interest), and the INTEREST_RAISED notification kind. */
export class Interests1796525282490 implements MigrationInterface {
  name = 'Interests1796525282490';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."interest_status" AS ENUM('RAISED', 'WITHDRAWN', 'OFFERED', 'DECLINED')`);
    await queryRunner.query(
      `CREATE TABLE "interest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "role_id" uuid NOT NULL, "need_id" uuid NOT NULL, "user_id" uuid NOT NULL, "candidate_kind" "public"."role_kind" NOT NULL, "candidate_id" uuid NOT NULL, "note" text NOT NULL DEFAULT '', "status" "public"."interest_status" NOT NULL DEFAULT 'RAISED', "decline_reason" text, "match_id" uuid, "notified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_interest_match" CHECK (match_id IS NULL OR status = 'OFFERED'), CONSTRAINT "CHK_interest_candidate_kind" CHECK (candidate_kind IN ('VOLUNTEER', 'MENTOR')), CONSTRAINT "CHK_interest_decline_reason" CHECK (decline_reason IS NULL OR char_length(decline_reason) <= 500), CONSTRAINT "CHK_interest_note" CHECK (char_length(note) <= 500), CONSTRAINT "PK_6619d627e204e0596968653011f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_608712fa32f48bc04e28ec59cb" ON "interest"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_interest_need_status" ON "interest"  ("need_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_interest_role_candidate" ON "interest"  ("role_id", "candidate_id") `);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'INTEREST_RAISED'`);
    await queryRunner.query(
      `ALTER TABLE "interest" ADD CONSTRAINT "FK_3a397e494d57460137230529715" FOREIGN KEY ("role_id") REFERENCES "need_role"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest" ADD CONSTRAINT "FK_cef465112c24df4a366ac9d05a6" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest" ADD CONSTRAINT "FK_608712fa32f48bc04e28ec59cbf" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest" ADD CONSTRAINT "FK_4452e7acff15033304b549eab6a" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interest" DROP CONSTRAINT "FK_4452e7acff15033304b549eab6a"`);
    await queryRunner.query(`ALTER TABLE "interest" DROP CONSTRAINT "FK_608712fa32f48bc04e28ec59cbf"`);
    await queryRunner.query(`ALTER TABLE "interest" DROP CONSTRAINT "FK_cef465112c24df4a366ac9d05a6"`);
    await queryRunner.query(`ALTER TABLE "interest" DROP CONSTRAINT "FK_3a397e494d57460137230529715"`);
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'INTEREST_RAISED'`);
    await queryRunner.query(`UPDATE "user_account" SET "muted_notification_kinds" = array_remove("muted_notification_kinds", 'INTEREST_RAISED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_old" AS ENUM('PROPOSAL_NEW', 'OFFER_NEW', 'MATCH_ACCEPTED', 'MATCH_DECLINED', 'MATCH_CONFIRMED', 'OFFER_EXPIRING', 'HOURS_TO_CONFIRM', 'MATCH_COMPLETED', 'INVITATION', 'NEW_MESSAGE', 'MATCH_REJECTED', 'MATCH_WITHDRAWN', 'MATCH_CANCELLED', 'OFFER_EXPIRED', 'NEED_CANCELLED')`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_interest_role_candidate"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_interest_need_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_608712fa32f48bc04e28ec59cb"`);
    await queryRunner.query(`DROP TABLE "interest"`);
    await queryRunner.query(`DROP TYPE "public"."interest_status"`);
  }
}
