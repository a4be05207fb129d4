import { MigrationInterface, QueryRunner } from 'typeorm';

export class NetworkStatements1796560000000 implements MigrationInterface {
  name = 'NetworkStatements1796560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."network_statement_status" AS ENUM('DRAFT', 'PUBLISHED', 'WITHDRAWN')`);
    await queryRunner.query(
      `CREATE TABLE "network_statement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "status" "public"."network_statement_status" NOT NULL DEFAULT 'DRAFT', "drafted_by_organization_id" uuid NOT NULL, "drafted_by_user_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_network_statement_version" CHECK (version >= 1), CONSTRAINT "CHK_network_statement_withdrawn" CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)), CONSTRAINT "CHK_network_statement_published" CHECK (status = 'DRAFT' OR published_at IS NOT NULL), CONSTRAINT "CHK_network_statement_body" CHECK (char_length(body) BETWEEN 1 AND 20000), CONSTRAINT "CHK_network_statement_title" CHECK (char_length(title) BETWEEN 1 AND 200), CONSTRAINT "PK_68c954543d6353305f6787dde75" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_network_statement_network" ON "network_statement"  ("network_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "statement_signature" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "statement_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "signed_by_user_id" uuid, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_statement_signature" UNIQUE ("statement_id", "organization_id"), CONSTRAINT "PK_9144264499688241f4b2c75ab36" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_statement_signature_organization" ON "statement_signature"  ("organization_id") `);
    await queryRunner.query(`CREATE TYPE "public"."statement_commitment_status" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')`);
    await queryRunner.query(
      `CREATE TABLE "statement_commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "statement_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "text" text NOT NULL, "due_on" date, "status" "public"."statement_commitment_status" NOT NULL DEFAULT 'OPEN', "progress_note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_statement_commitment_note" CHECK (char_length(progress_note) <= 2000), CONSTRAINT "CHK_statement_commitment_text" CHECK (char_length(text) BETWEEN 1 AND 1000), CONSTRAINT "PK_12d136deb529a947663ca8169f0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_statement_commitment_statement" ON "statement_commitment"  ("statement_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "network_statement" ADD CONSTRAINT "FK_f714a51a5dff391c0a759dfe13f" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_statement" ADD CONSTRAINT "FK_edf9cab6bdeb9d2f5ec27ee5280" FOREIGN KEY ("drafted_by_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_statement" ADD CONSTRAINT "FK_6a5b410a570a768c2700ad6c914" FOREIGN KEY ("drafted_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_signature" ADD CONSTRAINT "FK_f31bc621a99233e2fc1f40fffd2" FOREIGN KEY ("statement_id") REFERENCES "network_statement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_signature" ADD CONSTRAINT "FK_ab630aef40ba71479b6d38be529" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_signature" ADD CONSTRAINT "FK_90475656c11a70db3c6e0cbe25b" FOREIGN KEY ("signed_by_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_commitment" ADD CONSTRAINT "FK_97f2d2ae628016a7158ec48cc5f" FOREIGN KEY ("statement_id") REFERENCES "network_statement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_commitment" ADD CONSTRAINT "FK_cd86f71f9808c42d5979607c3ee" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statement_commitment" ADD CONSTRAINT "FK_statement_commitment_signatory" FOREIGN KEY ("statement_id", "organization_id") REFERENCES "statement_signature"("statement_id","organization_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "statement_commitment" DROP CONSTRAINT "FK_statement_commitment_signatory"`);
    await queryRunner.query(`ALTER TABLE "statement_commitment" DROP CONSTRAINT "FK_cd86f71f9808c42d5979607c3ee"`);
    await queryRunner.query(`ALTER TABLE "statement_commitment" DROP CONSTRAINT "FK_97f2d2ae628016a7158ec48cc5f"`);
    await queryRunner.query(`ALTER TABLE "statement_signature" DROP CONSTRAINT "FK_90475656c11a70db3c6e0cbe25b"`);
    await queryRunner.query(`ALTER TABLE "statement_signature" DROP CONSTRAINT "FK_ab630aef40ba71479b6d38be529"`);
    await queryRunner.query(`ALTER TABLE "statement_signature" DROP CONSTRAINT "FK_f31bc621a99233e2fc1f40fffd2"`);
    await queryRunner.query(`ALTER TABLE "network_statement" DROP CONSTRAINT "FK_6a5b410a570a768c2700ad6c914"`);
    await queryRunner.query(`ALTER TABLE "network_statement" DROP CONSTRAINT "FK_edf9cab6bdeb9d2f5ec27ee5280"`);
    await queryRunner.query(`ALTER TABLE "network_statement" DROP CONSTRAINT "FK_f714a51a5dff391c0a759dfe13f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_statement_commitment_statement"`);
    await queryRunner.query(`DROP TABLE "statement_commitment"`);
    await queryRunner.query(`DROP TYPE "public"."statement_commitment_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_statement_signature_organization"`);
    await queryRunner.query(`DROP TABLE "statement_signature"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_network_statement_network"`);
    await queryRunner.query(`DROP TABLE "network_statement"`);
    await queryRunner.query(`DROP TYPE "public"."network_statement_status"`);
  }
}
