import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { LaunchError } from '../common/process/launch-error';
import { AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { openEmbeddedDatabase } from '../database/embedded-database';
import { runMatching } from './engine/match-engine';
import { MatchingInputLoader, MatchingScopeMissingError } from './matching-input.loader';
import { MatchingRunEntity, MatchingScope } from './matching-run.entity';
import { EXPLAIN_USAGE, explainReport } from './shortlist/explain-report';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class ExplainUsageError extends Error {}

/**
 * `npm run explain -- <roleId>`: loads the role's world as a matching run of that one role would
 * (the same loader, so the same filters and capacities) and prints the engine's ranked shortlist.
 * Reads DATABASE_URL or, when it is unset, this checkout's embedded database; writes nothing.
 */
async function main(args: string[]): Promise<void> {
  const roleId = args[0] ?? '';
  if (args.length !== 1 || !UUID.test(roleId)) throw new ExplainUsageError(EXPLAIN_USAGE);
  const config = loadConfig();
  const embedded = config.DATABASE_URL ? null : await openEmbeddedDatabase(config.DATA_DIR);
  try {
    const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL ?? (embedded?.url as string))).initialize();
    try {
      explainReport(roleId, await shortlistOf(dataSource, config, roleId)).forEach((line) => console.log(line));
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}

async function shortlistOf(dataSource: DataSource, config: AppConfig, roleId: string) {
  const [role] = await dataSource.query<{ id: string }[]>('SELECT id FROM need_role WHERE id = $1', [roleId]);
  if (!role) throw new ExplainUsageError(`No role has the id ${roleId}.`);
  const run = Object.assign(new MatchingRunEntity(), { scope: MatchingScope.ROLES, scopeId: null, parameters: { roleIds: [roleId] } });
  const loaded = await new MatchingInputLoader(dataSource, config).load(run);
  return runMatching(loaded.input).shortlists.find((list) => list.roleId === roleId);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  const known = e instanceof ExplainUsageError || e instanceof MatchingScopeMissingError || e instanceof LaunchError || e instanceof ConfigError;
  console.error(known ? e.message : `explain failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
