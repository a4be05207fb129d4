import { MigrationInterface, QueryRunner } from 'typeorm';

/** Message threads of matches (message, message_read) and the NEW_MESSAGE notification kind of their digests. */
export class MatchMessages1796496670046 implements MigrationInterface {
  name = 'MatchMessages1796496670046';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_message_body" CHECK (char_length(body) BETWEEN 1 AND 4000), CONSTRAINT "PK_ba01f0a3e0123651915008bc578" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_27675d1d5b9dbaabc0546aeb0a" ON "message"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_message_match_created" ON "message"  ("match_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "message_read" ("match_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "digested_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5220e260ab69e3dacd439c2cb3d" PRIMARY KEY ("match_id", "user_id"))`,
    );
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'NEW_MESSAGE'`);
    await queryRunner.query(
      `ALTER TABLE "message" ADD CONSTRAINT "FK_73523fdbddfe0656c06de747d41" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "message" ADD CONSTRAINT "FK_27675d1d5b9dbaabc0546aeb0a1" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "message_read" ADD CONSTRAINT "FK_01abed74e432a1822510d93c791" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "message_read" ADD CONSTRAINT "FK_9dd78c73f2814b62a73f7d05886" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "message_read" DROP CONSTRAINT "FK_9dd78c73f2814b62a73f7d05886"`);
    await queryRunner.query(`ALTER TABLE "message_read" DROP CONSTRAINT "FK_01abed74e432a1822510d93c791"`);
    await queryRunner.query(`ALTER TABLE "message" DROP CONSTRAINT "FK_27675d1d5b9dbaabc0546aeb0a1"`);
    await queryRunner.query(`ALTER TABLE "message" DROP CONSTRAINT "FK_73523fdbddfe0656c06de747d41"`);
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind" = 'NEW_MESSAGE'`);
    await queryRunner.query(`UPDATE "user_account" SET "muted_notification_kinds" = array_remove("muted_notification_kinds", 'NEW_MESSAGE')`);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_old" AS ENUM('PROPOSAL_NEW', 'OFFER_NEW', 'MATCH_ACCEPTED', 'MATCH_DECLINED', 'MATCH_CONFIRMED', 'OFFER_EXPIRING', 'HOURS_TO_CONFIRM', 'MATCH_COMPLETED', 'INVITATION')`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`DROP TABLE "message_read"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_message_match_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_27675d1d5b9dbaabc0546aeb0a"`);
    await queryRunner.query(`DROP TABLE "message"`);
  }
}
