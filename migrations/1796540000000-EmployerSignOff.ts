import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = ['AWAITING_EMPLOYER', 'EMPLOYER_DECLINED'];
const STATUSES_BEFORE = ['PROPOSED', 'OFFERED', 'CONFIRMED', 'ACTIVE', 'COMPLETED', 'REJECTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'CANCELLED'];
const KINDS = ['SIGN_OFF_REQUESTED', 'SIGN_OFF_APPROVED', 'SIGN_OFF_DECLINED'];
const KINDS_BEFORE = [
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
  'FOLLOW_UP_ASKED',
];
const ACTIONS_BEFORE = ['PROPOSE', 'CREATE_MANUAL', 'APPROVE', 'REJECT', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'START', 'COMPLETE', 'CANCEL', 'EXPIRE'];
const ACTIONS = [...ACTIONS_BEFORE, 'APPROVE_SIGN_OFF', 'DECLINE_SIGN_OFF'];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Employer sign-off: a company may require it; an agreed volunteer match then waits in AWAITING_EMPLOYER.
 * New enum values cannot be used in the transaction that adds them, so the open-pair index that names
 * AWAITING_EMPLOYER follows in the next migration.
 */
export class EmployerSignOff1796540000000 implements MigrationInterface {
  name = 'EmployerSignOff1796540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const status of STATUSES) await queryRunner.query(`ALTER TYPE "public"."match_status" ADD VALUE '${status}'`);
    for (const kind of KINDS) await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE '${kind}'`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "requires_employer_sign_off" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "CHK_organization_sign_off_company" CHECK (NOT requires_employer_sign_off OR kind = 'COMPANY')`);
    await queryRunner.query(`ALTER TABLE "match_event" DROP CONSTRAINT "CHK_match_event_action"`);
    await queryRunner.query(`ALTER TABLE "match_event" ADD CONSTRAINT "CHK_match_event_action" CHECK (action IN (${list(ACTIONS)}))`);
  }

  // Postgres cannot drop enum values: the types are rebuilt without them, after the rows using them are gone.
  // History is append-only, so the sign-off events go only with their matches, which end as CANCELLED.
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "match" WHERE id IN (SELECT match_id FROM "match_event" WHERE action = ANY($1))`, [['APPROVE_SIGN_OFF', 'DECLINE_SIGN_OFF']]);
    await queryRunner.query(`DELETE FROM "match" WHERE "status"::text = ANY($1)`, [STATUSES]);
    await queryRunner.query(`ALTER TABLE "match_event" DROP CONSTRAINT "CHK_match_event_action"`);
    await queryRunner.query(`ALTER TABLE "match_event" ADD CONSTRAINT "CHK_match_event_action" CHECK (action IN (${list(ACTIONS_BEFORE)}))`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "CHK_organization_sign_off_company"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "requires_employer_sign_off"`);

    await queryRunner.query(`DELETE FROM "notification" WHERE "kind"::text = ANY($1)`, [KINDS]);
    for (const kind of KINDS) await queryRunner.query(`UPDATE "user_account" SET "muted_notification_kinds" = array_remove("muted_notification_kinds", $1)`, [kind]);
    await queryRunner.query(`CREATE TYPE "public"."notification_kind_old" AS ENUM(${list(KINDS_BEFORE)})`);
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);

    // The open-pair index compares status with enum literals, so it cannot follow the column to the old type.
    await queryRunner.query(`DROP INDEX "public"."UQ_match_open_pair"`);
    await queryRunner.query(`CREATE TYPE "public"."match_status_old" AS ENUM(${list(STATUSES_BEFORE)})`);
    await queryRunner.query(`ALTER TABLE "match" ALTER COLUMN "status" DROP DEFAULT`);
    for (const [table, column] of [
      ['match', 'status'],
      ['match_event', 'from_status'],
      ['match_event', 'to_status'],
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE "public"."match_status_old" USING "${column}"::"text"::"public"."match_status_old"`);
    }
    await queryRunner.query(`DROP TYPE "public"."match_status"`);
    await queryRunner.query(`ALTER TYPE "public"."match_status_old" RENAME TO "match_status"`);
    await queryRunner.query(`ALTER TABLE "match" ALTER COLUMN "status" SET DEFAULT 'PROPOSED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_match_open_pair" ON "match" ("role_id", "candidate_id") WHERE status IN ('PROPOSED', 'OFFERED', 'CONFIRMED', 'ACTIVE')`);
  }
}
