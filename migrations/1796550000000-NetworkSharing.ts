import { MigrationInterface, QueryRunner } from 'typeorm';

const NEW_KINDS = ['NETWORK_PROPOSAL', 'NETWORK_PROPOSAL_APPROVED'];

export class NetworkSharing1796550000000 implements MigrationInterface {
  name = 'NetworkSharing1796550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "need_share" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "network_id" uuid NOT NULL, "intermediary_id" uuid NOT NULL, "shared_by" uuid, "shared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_need_share" UNIQUE ("need_id", "network_id"), CONSTRAINT "PK_ecfbd8a0f245f921f01819737ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_need_share_network" ON "need_share"  ("network_id", "intermediary_id") `);
    await queryRunner.query(
      `CREATE TABLE "program_share" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "program_id" uuid NOT NULL, "network_id" uuid NOT NULL, "intermediary_id" uuid NOT NULL, "shared_by" uuid, "shared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_program_share" UNIQUE ("program_id", "network_id"), CONSTRAINT "PK_75273cdb2cdceec05ff121e73a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_program_share_network" ON "program_share"  ("network_id", "intermediary_id") `);
    await queryRunner.query(`ALTER TABLE "match" ADD "proposed_by_intermediary_id" uuid`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'NETWORK_PROPOSAL'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE 'NETWORK_PROPOSAL_APPROVED'`);
    await queryRunner.query(`CREATE INDEX "IDX_match_proposed_by_intermediary" ON "match"  ("proposed_by_intermediary_id") `);
    await queryRunner.query(
      `ALTER TABLE "match" ADD CONSTRAINT "FK_b61e8bf87d4b68d42ef37e75b53" FOREIGN KEY ("proposed_by_intermediary_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_share" ADD CONSTRAINT "FK_0c34dd93f75b9d9b9305b03933e" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_share" ADD CONSTRAINT "FK_dc0cf72e8e9cc1fe86fe0c00db3" FOREIGN KEY ("network_id", "intermediary_id") REFERENCES "network_member"("network_id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_share" ADD CONSTRAINT "FK_5350c070110b132bf0c3ecf62df" FOREIGN KEY ("shared_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "program_share" ADD CONSTRAINT "FK_151a0b28887ecaa15d43cac2dbe" FOREIGN KEY ("program_id") REFERENCES "program"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "program_share" ADD CONSTRAINT "FK_940a190cd09b224f2b4f974d7e0" FOREIGN KEY ("network_id", "intermediary_id") REFERENCES "network_member"("network_id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "program_share" ADD CONSTRAINT "FK_e693c4944f5a555c7ac7ded6e8d" FOREIGN KEY ("shared_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "program_share" DROP CONSTRAINT "FK_e693c4944f5a555c7ac7ded6e8d"`);
    await queryRunner.query(`ALTER TABLE "program_share" DROP CONSTRAINT "FK_940a190cd09b224f2b4f974d7e0"`);
    await queryRunner.query(`ALTER TABLE "program_share" DROP CONSTRAINT "FK_151a0b28887ecaa15d43cac2dbe"`);
    await queryRunner.query(`ALTER TABLE "need_share" DROP CONSTRAINT "FK_5350c070110b132bf0c3ecf62df"`);
    await queryRunner.query(`ALTER TABLE "need_share" DROP CONSTRAINT "FK_dc0cf72e8e9cc1fe86fe0c00db3"`);
    await queryRunner.query(`ALTER TABLE "need_share" DROP CONSTRAINT "FK_0c34dd93f75b9d9b9305b03933e"`);
    await queryRunner.query(`ALTER TABLE "match" DROP CONSTRAINT "FK_b61e8bf87d4b68d42ef37e75b53"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_match_proposed_by_intermediary"`);
    // Postgres cannot drop enum values: the type is rebuilt without them, after their rows and mutes are gone.
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind"::text = ANY($1)`, [NEW_KINDS]);
    for (const kind of NEW_KINDS) await queryRunner.query(`UPDATE "user_account" SET "muted_notification_kinds" = array_remove("muted_notification_kinds", $1)`, [kind]);
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind_old" AS ENUM('PROPOSAL_NEW', 'OFFER_NEW', 'MATCH_ACCEPTED', 'MATCH_DECLINED', 'MATCH_CONFIRMED', 'OFFER_EXPIRING', 'HOURS_TO_CONFIRM', 'MATCH_COMPLETED', 'INVITATION', 'NEW_MESSAGE', 'MATCH_REJECTED', 'MATCH_WITHDRAWN', 'MATCH_CANCELLED', 'OFFER_EXPIRED', 'NEED_CANCELLED', 'INTEREST_RAISED', 'FOLLOW_UP_ASKED')`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"`);
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "proposed_by_intermediary_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_program_share_network"`);
    await queryRunner.query(`DROP TABLE "program_share"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_need_share_network"`);
    await queryRunner.query(`DROP TABLE "need_share"`);
  }
}
