import { readFileSync } from 'node:fs';

import { solveAssignment } from '../assignment/solve-assignment';
import { InstanceError } from '../instance/instance-parser';
import { readInstance } from '../instance/read-instance';
import { toInstanceResult } from '../instance/result-writer';

/** Exit status for bad input, per shared/matching-instance.md. */
const EXIT_BAD_INPUT = 2;
const USAGE = 'usage: match <instance.json | -> [--timings]';

interface CliArgs {
  path: string;
  timings: boolean;
}

class UsageError extends Error {}

export async function runMatchCli(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    const parseStart = performance.now();
    const instance = readInstance(await readInput(args.path));
    const solveStart = performance.now();
    const solution = solveAssignment(instance.problem);
    const solveEnd = performance.now();
    process.stdout.write(`${JSON.stringify(toInstanceResult(instance, solution))}\n`);
    if (args.timings) {
      const parseMs = solveStart - parseStart;
      const solveMs = solveEnd - solveStart;
      // total_ms counts from process start, so it includes Node's own start-up and the output.
      process.stderr.write(`timings parse_ms=${ms(parseMs)} solve_ms=${ms(solveMs)} total_ms=${ms(performance.now())}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof InstanceError || error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

function parseArgs(argv: string[]): CliArgs {
  const positional = argv.filter((arg) => arg === '-' || !arg.startsWith('-'));
  const unknown = argv.filter((arg) => arg !== '-' && arg.startsWith('-') && arg !== '--timings');
  if (unknown.length > 0) throw new UsageError(`unknown option ${unknown[0]}; ${USAGE}`);
  if (positional.length !== 1) throw new UsageError(`expected one instance path or "-"; ${USAGE}`);
  return { path: positional[0], timings: argv.includes('--timings') };
}

async function readInput(path: string): Promise<Buffer> {
  if (path === '-') return readStdin();
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InstanceError(`invalid instance: cannot read ${JSON.stringify(path)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function ms(value: number): string {
  return value.toFixed(1);
}

if (require.main === module) {
  runMatchCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`match: internal error: ${String(error instanceof Error ? error.stack : error).split('\n')[0]}\n`);
      process.exitCode = 1;
    },
  );
}
