import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A funding match's reasons carried the funder's budget left (reasons[].budgetLeft and the
 * English explanation), and its breakdown a headroom part from which the budget could be worked
 * out; all three reach the nonprofit. Budgets are private to the funder, its curators and admins.
 */
export class FundingReasonsWithoutBudget1796496366198 implements MigrationInterface {
  name = 'FundingReasonsWithoutBudget1796496366198';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "match"
          SET "reasons" = (SELECT jsonb_agg(CASE WHEN jsonb_typeof(r) = 'object' THEN r - 'budgetLeft' ELSE r END ORDER BY i)
                             FROM jsonb_array_elements("reasons") WITH ORDINALITY AS e(r, i)),
              "explanation" = regexp_replace(
                regexp_replace("explanation", '[0-9][0-9.,]* budget left for ([0-9][0-9.,]*) asked', 'the offer covers the \\1 asked', 'g'),
                '[0-9][0-9.,]* budget left', 'the offer has budget left', 'g')
        WHERE jsonb_typeof("reasons") = 'array' AND jsonb_path_exists("reasons", '$[*] ? (exists(@.budgetLeft))')`,
    );
    // The engine now scores funding headroom in two steps (1 or 0.5); stored scores follow.
    await queryRunner.query(
      `UPDATE "match" m
          SET "breakdown" = jsonb_set(m."breakdown", '{parts,availability}', to_jsonb(q.stepped)),
              "score" = least(1, greatest(0, m."score" + q.weight * (q.stepped - q.part)))
         FROM (SELECT "id", ("breakdown" -> 'parts' ->> 'availability')::float8 AS part,
                      coalesce(("breakdown" -> 'weights' ->> 'availability')::float8, 0) AS weight,
                      CASE WHEN ("breakdown" -> 'parts' ->> 'availability')::float8 >= 1 THEN 1 ELSE 0.5 END AS stepped
                 FROM "match"
                WHERE "candidate_kind" = 'FUNDING' AND jsonb_typeof("breakdown" -> 'parts' -> 'availability') = 'number') q
        WHERE m."id" = q."id" AND q.part <> q.stepped`,
    );
  }

  public async down(): Promise<void> {
    // The budget left at proposal time is gone on purpose; the next matching run rewrites reasons anyway.
  }
}
