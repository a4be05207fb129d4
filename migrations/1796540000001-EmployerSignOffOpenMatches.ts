import { MigrationInterface, QueryRunner } from 'typeorm';

/** A match waiting for the employer's sign-off is open: the same pair cannot be matched again meanwhile. */
export class EmployerSignOffOpenMatches1796540000001 implements MigrationInterface {
  name = 'EmployerSignOffOpenMatches1796540000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_match_open_pair"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_match_open_pair" ON "match" ("role_id", "candidate_id") WHERE status IN ('PROPOSED', 'OFFERED', 'AWAITING_EMPLOYER', 'CONFIRMED', 'ACTIVE')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_match_open_pair"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_match_open_pair" ON "match" ("role_id", "candidate_id") WHERE status IN ('PROPOSED', 'OFFERED', 'CONFIRMED', 'ACTIVE')`);
  }
}
