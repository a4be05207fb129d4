import { MigrationInterface, QueryRunner } from 'typeorm';

export class RoleShortlistEntry1796528921442 implements MigrationInterface {
  name = 'RoleShortlistEntry1796528921442';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "role_shortlist_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "role_id" uuid NOT NULL, "rank" smallint NOT NULL, "candidate_kind" "public"."role_kind" NOT NULL, "candidate_id" uuid NOT NULL, "volunteer_profile_id" uuid, "mentor_profile_id" uuid, "funding_offer_id" uuid, "score" double precision NOT NULL, "breakdown" jsonb NOT NULL, "reasons" jsonb NOT NULL, "proposed" boolean NOT NULL, "run_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_role_shortlist_entry_score" CHECK (score BETWEEN 0 AND 1), CONSTRAINT "CHK_role_shortlist_entry_rank" CHECK (rank >= 1), CONSTRAINT "CHK_role_shortlist_entry_candidate" CHECK ((candidate_kind = 'VOLUNTEER' AND volunteer_profile_id IS NOT NULL AND mentor_profile_id IS NULL AND funding_offer_id IS NULL AND candidate_id = volunteer_profile_id)
   OR (candidate_kind = 'MENTOR' AND mentor_profile_id IS NOT NULL AND volunteer_profile_id IS NULL AND funding_offer_id IS NULL AND candidate_id = mentor_profile_id)
   OR (candidate_kind = 'FUNDING' AND funding_offer_id IS NOT NULL AND volunteer_profile_id IS NULL AND mentor_profile_id IS NULL AND candidate_id = funding_offer_id)), CONSTRAINT "PK_68a82859766dd9151960baf1970" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_role_shortlist_entry_run" ON "role_shortlist_entry"  ("run_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_role_shortlist_entry_candidate" ON "role_shortlist_entry"  ("role_id", "candidate_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_role_shortlist_entry_rank" ON "role_shortlist_entry"  ("role_id", "rank") `);
    await queryRunner.query(
      `ALTER TABLE "role_shortlist_entry" ADD CONSTRAINT "FK_452f8c6c717a768d871db81b665" FOREIGN KEY ("role_id") REFERENCES "need_role"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_shortlist_entry" ADD CONSTRAINT "FK_5c97970edeb8eb3f98c329c8daa" FOREIGN KEY ("volunteer_profile_id") REFERENCES "volunteer_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_shortlist_entry" ADD CONSTRAINT "FK_65ec968a65e20e5a7ed33724451" FOREIGN KEY ("mentor_profile_id") REFERENCES "mentor_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_shortlist_entry" ADD CONSTRAINT "FK_71ca3de5b9cb7e28948d992d094" FOREIGN KEY ("funding_offer_id") REFERENCES "funding_offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "role_shortlist_entry" ADD CONSTRAINT "FK_c2f61612e3ae120916d92d43451" FOREIGN KEY ("run_id") REFERENCES "matching_run"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_shortlist_entry" DROP CONSTRAINT "FK_c2f61612e3ae120916d92d43451"`);
    await queryRunner.query(`ALTER TABLE "role_shortlist_entry" DROP CONSTRAINT "FK_71ca3de5b9cb7e28948d992d094"`);
    await queryRunner.query(`ALTER TABLE "role_shortlist_entry" DROP CONSTRAINT "FK_65ec968a65e20e5a7ed33724451"`);
    await queryRunner.query(`ALTER TABLE "role_shortlist_entry" DROP CONSTRAINT "FK_5c97970edeb8eb3f98c329c8daa"`);
    await queryRunner.query(`ALTER TABLE "role_shortlist_entry" DROP CONSTRAINT "FK_452f8c6c717a768d871db81b665"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_role_shortlist_entry_rank"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_role_shortlist_entry_candidate"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_role_shortlist_entry_run"`);
    await queryRunner.query(`DROP TABLE "role_shortlist_entry"`);
  }
}
