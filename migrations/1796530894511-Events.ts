import { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1796530894511 implements MigrationInterface {
  name = 'Events1796530894511';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."event_kind" AS ENUM('IN_PERSON', 'VIRTUAL')`);
    await queryRunner.query(`CREATE TYPE "public"."event_schedule_status" AS ENUM('NOT_SCHEDULED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organizer_id" uuid NOT NULL, "name" text NOT NULL, "kind" "public"."event_kind" NOT NULL, "time_zone" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "min_meetings_per_nonprofit" smallint NOT NULL DEFAULT '1', "schedule_status" "public"."event_schedule_status" NOT NULL DEFAULT 'NOT_SCHEDULED', "schedule_version" integer NOT NULL DEFAULT '0', "schedule_quality" jsonb, "scheduled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_event_min_meetings" CHECK (min_meetings_per_nonprofit BETWEEN 0 AND 10), CONSTRAINT "CHK_event_dates" CHECK (starts_on <= ends_on), CONSTRAINT "CHK_event_time_zone" CHECK (char_length(time_zone) BETWEEN 1 AND 64), CONSTRAINT "CHK_event_name" CHECK (char_length(name) BETWEEN 1 AND 200), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_event_organizer" ON "event"  ("organizer_id", "starts_on") `);
    await queryRunner.query(
      `CREATE TABLE "event_slot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_event_slot_start" UNIQUE ("event_id", "starts_at"), CONSTRAINT "CHK_event_slot_order" CHECK (starts_at < ends_at), CONSTRAINT "PK_2fb2e127e2f9d6aa6bc162904a8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_room" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "name" text NOT NULL, "video_link" text, CONSTRAINT "UQ_event_room_name" UNIQUE ("event_id", "name"), CONSTRAINT "CHK_event_room_link" CHECK (video_link IS NULL OR char_length(video_link) <= 500), CONSTRAINT "CHK_event_room_name" CHECK (char_length(name) BETWEEN 1 AND 120), CONSTRAINT "PK_42bf396de17ef60fee032cee756" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."event_side" AS ENUM('COMPANY_EMPLOYEE', 'NONPROFIT', 'MENTOR', 'INTERMEDIARY')`);
    await queryRunner.query(
      `CREATE TABLE "event_attendee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "user_id" uuid NOT NULL, "side" "public"."event_side" NOT NULL, "organization_id" uuid, CONSTRAINT "UQ_event_attendee_user" UNIQUE ("event_id", "user_id"), CONSTRAINT "CHK_event_attendee_organization" CHECK (side NOT IN ('NONPROFIT', 'INTERMEDIARY') OR organization_id IS NOT NULL), CONSTRAINT "PK_74780f7235f1576b54f93d3dff3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_event_attendee_user" ON "event_attendee"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "event_attendee_slot" ("attendee_id" uuid NOT NULL, "slot_id" uuid NOT NULL, CONSTRAINT "PK_8e9455e951765ded07abe29bbd1" PRIMARY KEY ("attendee_id", "slot_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."event_meeting_status" AS ENUM('SCHEDULED', 'CANCELLED')`);
    await queryRunner.query(
      `CREATE TABLE "event_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "slot_id" uuid NOT NULL, "room_id" uuid NOT NULL, "host_attendee_id" uuid NOT NULL, "guest_attendee_id" uuid NOT NULL, "role_id" uuid, "score" double precision NOT NULL, "reasons" text NOT NULL DEFAULT '', "status" "public"."event_meeting_status" NOT NULL DEFAULT 'SCHEDULED', "host_rating" smallint, "guest_rating" smallint, CONSTRAINT "UQ_event_meeting_pair" UNIQUE ("event_id", "host_attendee_id", "guest_attendee_id"), CONSTRAINT "UQ_event_meeting_room_slot" UNIQUE ("slot_id", "room_id"), CONSTRAINT "UQ_event_meeting_guest_slot" UNIQUE ("slot_id", "guest_attendee_id"), CONSTRAINT "UQ_event_meeting_host_slot" UNIQUE ("slot_id", "host_attendee_id"), CONSTRAINT "CHK_event_meeting_two_people" CHECK (host_attendee_id <> guest_attendee_id), CONSTRAINT "CHK_event_meeting_guest_rating" CHECK (guest_rating IS NULL OR guest_rating BETWEEN 1 AND 5), CONSTRAINT "CHK_event_meeting_host_rating" CHECK (host_rating IS NULL OR host_rating BETWEEN 1 AND 5), CONSTRAINT "CHK_event_meeting_score" CHECK (score BETWEEN 0 AND 1), CONSTRAINT "PK_2d598260eac1f4b98506425556f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_event_meeting_guest" ON "event_meeting"  ("guest_attendee_id") `);
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "FK_fbc9b6120d8394996948eb5325b" FOREIGN KEY ("organizer_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_slot" ADD CONSTRAINT "FK_d8b47b63401a4330f384764f955" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_room" ADD CONSTRAINT "FK_4c2f0e9c8ff4a61cdb107fb578f" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_attendee" ADD CONSTRAINT "FK_d48452e58ac3812d87ca7282a3a" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_attendee" ADD CONSTRAINT "FK_9117fbe5fc16d65c6901e1b9a0f" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_attendee" ADD CONSTRAINT "FK_d1323c7733262bb9e1b6be175dd" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_attendee_slot" ADD CONSTRAINT "FK_e1a2eb4c8410aaefe1df3bb9c1b" FOREIGN KEY ("attendee_id") REFERENCES "event_attendee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_attendee_slot" ADD CONSTRAINT "FK_1739ea8045ad9981d4b95f5be20" FOREIGN KEY ("slot_id") REFERENCES "event_slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_meeting" ADD CONSTRAINT "FK_13c5df4ff2ce24e7efc457a7c87" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_meeting" ADD CONSTRAINT "FK_9f893fc4a8f3e2b9e5313a4cbd6" FOREIGN KEY ("slot_id") REFERENCES "event_slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_meeting" ADD CONSTRAINT "FK_c0cc90d688f01551da19571f6ad" FOREIGN KEY ("room_id") REFERENCES "event_room"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_meeting" ADD CONSTRAINT "FK_06bb061ac09f1fa3cef91a1e85b" FOREIGN KEY ("host_attendee_id") REFERENCES "event_attendee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_meeting" ADD CONSTRAINT "FK_74499f47667e4d1643c5a170afc" FOREIGN KEY ("guest_attendee_id") REFERENCES "event_attendee"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_meeting" ADD CONSTRAINT "FK_6eb0bf8a1f44d20638e1c07447e" FOREIGN KEY ("role_id") REFERENCES "need_role"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_meeting" DROP CONSTRAINT "FK_6eb0bf8a1f44d20638e1c07447e"`);
    await queryRunner.query(`ALTER TABLE "event_meeting" DROP CONSTRAINT "FK_74499f47667e4d1643c5a170afc"`);
    await queryRunner.query(`ALTER TABLE "event_meeting" DROP CONSTRAINT "FK_06bb061ac09f1fa3cef91a1e85b"`);
    await queryRunner.query(`ALTER TABLE "event_meeting" DROP CONSTRAINT "FK_c0cc90d688f01551da19571f6ad"`);
    await queryRunner.query(`ALTER TABLE "event_meeting" DROP CONSTRAINT "FK_9f893fc4a8f3e2b9e5313a4cbd6"`);
    await queryRunner.query(`ALTER TABLE "event_meeting" DROP CONSTRAINT "FK_13c5df4ff2ce24e7efc457a7c87"`);
    await queryRunner.query(`ALTER TABLE "event_attendee_slot" DROP CONSTRAINT "FK_1739ea8045ad9981d4b95f5be20"`);
    await queryRunner.query(`ALTER TABLE "event_attendee_slot" DROP CONSTRAINT "FK_e1a2eb4c8410aaefe1df3bb9c1b"`);
    await queryRunner.query(`ALTER TABLE "event_attendee" DROP CONSTRAINT "FK_d1323c7733262bb9e1b6be175dd"`);
    await queryRunner.query(`ALTER TABLE "event_attendee" DROP CONSTRAINT "FK_9117fbe5fc16d65c6901e1b9a0f"`);
    await queryRunner.query(`ALTER TABLE "event_attendee" DROP CONSTRAINT "FK_d48452e58ac3812d87ca7282a3a"`);
    await queryRunner.query(`ALTER TABLE "event_room" DROP CONSTRAINT "FK_4c2f0e9c8ff4a61cdb107fb578f"`);
    await queryRunner.query(`ALTER TABLE "event_slot" DROP CONSTRAINT "FK_d8b47b63401a4330f384764f955"`);
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "FK_fbc9b6120d8394996948eb5325b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_meeting_guest"`);
    await queryRunner.query(`DROP TABLE "event_meeting"`);
    await queryRunner.query(`DROP TYPE "public"."event_meeting_status"`);
    await queryRunner.query(`DROP TABLE "event_attendee_slot"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_attendee_user"`);
    await queryRunner.query(`DROP TABLE "event_attendee"`);
    await queryRunner.query(`DROP TYPE "public"."event_side"`);
    await queryRunner.query(`DROP TABLE "event_room"`);
    await queryRunner.query(`DROP TABLE "event_slot"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_event_organizer"`);
    await queryRunner.query(`DROP TABLE "event"`);
    await queryRunner.query(`DROP TYPE "public"."event_schedule_status"`);
    await queryRunner.query(`DROP TYPE "public"."event_kind"`);
  }
}
