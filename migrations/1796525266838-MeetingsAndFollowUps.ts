import { MigrationInterface, QueryRunner } from 'typeorm';

/** Scoping calls and kick-offs of matches (meeting, meeting_slot) and the three-month follow-up question (follow_up). */
export class MeetingsAndFollowUps1796525266838 implements MigrationInterface {
  name = 'MeetingsAndFollowUps1796525266838';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."follow_up_answer" AS ENUM('YES', 'PARTLY', 'NO')`);
    await queryRunner.query(
      `CREATE TABLE "follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer" "public"."follow_up_answer", "comment" text, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by_id" uuid, CONSTRAINT "CHK_follow_up_answered" CHECK ((answer IS NULL) = (answered_at IS NULL) AND (answer IS NOT NULL OR comment IS NULL)), CONSTRAINT "CHK_follow_up_comment" CHECK (char_length(comment) <= 1000), CONSTRAINT "PK_5c0a5f5b32937e47e0ab09d596c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_follow_up_match" ON "follow_up"  ("match_id") `);
    await queryRunner.query(`CREATE TYPE "public"."meeting_kind" AS ENUM('SCOPING_CALL', 'KICK_OFF')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_status" AS ENUM('OPEN', 'CHOSEN', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_side" AS ENUM('NONPROFIT', 'CANDIDATE', 'CURATOR')`);
    await queryRunner.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "match_id" uuid NOT NULL, "kind" "public"."meeting_kind" NOT NULL, "status" "public"."meeting_status" NOT NULL DEFAULT 'OPEN', "proposer_side" "public"."meeting_side" NOT NULL, "proposed_by_id" uuid, "time_zone" text NOT NULL, "location" text, "chosen_slot_id" uuid, "picked_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_meeting_chosen" CHECK ((status = 'CHOSEN') = (chosen_slot_id IS NOT NULL)), CONSTRAINT "CHK_meeting_time_zone" CHECK (char_length(time_zone) BETWEEN 1 AND 64), CONSTRAINT "CHK_meeting_location" CHECK (char_length(location) <= 300), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_meeting_match_created" ON "meeting"  ("match_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_meeting_open_kind" ON "meeting"  ("match_id", "kind") WHERE status = 'OPEN'`);
    await queryRunner.query(
      `CREATE TABLE "meeting_slot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, CONSTRAINT "CHK_meeting_slot_duration" CHECK (duration_minutes BETWEEN 15 AND 240), CONSTRAINT "PK_7a185283cac6b280a290a852faa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_meeting_slot_meeting" ON "meeting_slot"  ("meeting_id", "starts_at") `);
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_c5c177e5b3ae4851fab7d205d6a" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "FK_ad9c6b52128edd6dc29f1f4e03a" FOREIGN KEY ("answered_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_c4c7fbbd984e473ec710f215860" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_389d35445f56e2615ac61b18f55" FOREIGN KEY ("proposed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_84ce46fa030914a888f0594e406" FOREIGN KEY ("picked_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_slot" ADD CONSTRAINT "FK_c18d616c7654fe6f949db41f6a6" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_slot" DROP CONSTRAINT "FK_c18d616c7654fe6f949db41f6a6"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_84ce46fa030914a888f0594e406"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_389d35445f56e2615ac61b18f55"`);
    await queryRunner.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_c4c7fbbd984e473ec710f215860"`);
    await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "FK_ad9c6b52128edd6dc29f1f4e03a"`);
    await queryRunner.query(`ALTER TABLE "follow_up" DROP CONSTRAINT "FK_c5c177e5b3ae4851fab7d205d6a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_slot_meeting"`);
    await queryRunner.query(`DROP TABLE "meeting_slot"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_meeting_open_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_match_created"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_side"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_status"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_kind"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_follow_up_match"`);
    await queryRunner.query(`DROP TABLE "follow_up"`);
    await queryRunner.query(`DROP TYPE "public"."follow_up_answer"`);
  }
}
