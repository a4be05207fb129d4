import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Match history: typed actions (a CHECK, since 'PROPOSE' and friends were free strings) and no direct
 * DELETE (the append-only trigger covered only UPDATE). A delete cascading from its match (a removed
 * role or need) still goes through: pg_trigger_depth() > 1 inside the foreign key's cascade.
 * Domain events: the outbox behind DomainEvents, and the NEED_CHANGED trigger of matching runs.
 */
export class MatchEventActionsAndDomainEventOutbox1796458187329 implements MigrationInterface {
  name = 'MatchEventActionsAndDomainEventOutbox1796458187329';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "match_event" ADD CONSTRAINT "CHK_match_event_action" CHECK (action IN ('PROPOSE', 'CREATE_MANUAL', 'APPROVE', 'REJECT', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'START', 'COMPLETE', 'CANCEL', 'EXPIRE'))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION match_event_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF pg_trigger_depth() > 1 THEN RETURN OLD; END IF; RAISE EXCEPTION 'match_event is append-only: its rows are deleted only with their match'; END $$`,
    );
    await queryRunner.query(`CREATE TRIGGER "TRG_match_event_no_delete" BEFORE DELETE ON "match_event" FOR EACH ROW EXECUTE FUNCTION match_event_no_delete()`);
    await queryRunner.query(
      `CREATE TABLE "domain_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(60) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_domain_event_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_domain_event_pending" ON "domain_event" ("dispatched_at", "created_at") `);
    await queryRunner.query(`ALTER TYPE "public"."matching_trigger" ADD VALUE 'NEED_CHANGED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "matching_run" SET "trigger" = 'NEED_PUBLISHED' WHERE "trigger" = 'NEED_CHANGED'`);
    await queryRunner.query(`ALTER TYPE "public"."matching_trigger" RENAME TO "matching_trigger_old"`);
    await queryRunner.query(`CREATE TYPE "public"."matching_trigger" AS ENUM('NEED_PUBLISHED', 'PROFILE_CHANGED', 'CURATOR', 'SCHEDULED')`);
    await queryRunner.query(`ALTER TABLE "matching_run" ALTER COLUMN "trigger" TYPE "public"."matching_trigger" USING "trigger"::text::"public"."matching_trigger"`);
    await queryRunner.query(`DROP TYPE "public"."matching_trigger_old"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_domain_event_pending"`);
    await queryRunner.query(`DROP TABLE "domain_event"`);
    await queryRunner.query(`DROP TRIGGER "TRG_match_event_no_delete" ON "match_event"`);
    await queryRunner.query(`DROP FUNCTION match_event_no_delete()`);
    await queryRunner.query(`ALTER TABLE "match_event" DROP CONSTRAINT "CHK_match_event_action"`);
  }
}
