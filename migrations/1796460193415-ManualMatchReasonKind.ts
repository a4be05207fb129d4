import { MigrationInterface, QueryRunner } from 'typeorm';

/** Manual matches stored their reason as { code: 'MANUAL', reason }; the declared shape is { kind: 'manual', note }. */
export class ManualMatchReasonKind1796460193415 implements MigrationInterface {
  name = 'ManualMatchReasonKind1796460193415';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "match" SET "reasons" = jsonb_build_array(jsonb_build_object('kind', 'manual', 'note', "reasons" -> 0 ->> 'reason'))
        WHERE "manual" AND "reasons" -> 0 ->> 'code' = 'MANUAL'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "match" SET "reasons" = jsonb_build_array(jsonb_build_object('code', 'MANUAL', 'reason', "reasons" -> 0 ->> 'note'))
        WHERE "manual" AND "reasons" -> 0 ->> 'kind' = 'manual'`,
    );
  }
}
