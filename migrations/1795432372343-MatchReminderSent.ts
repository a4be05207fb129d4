import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchReminderSent1795432372343 implements MigrationInterface {
  name = 'MatchReminderSent1795432372343';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" ADD "reminder_sent_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match" DROP COLUMN "reminder_sent_at"`);
  }
}
