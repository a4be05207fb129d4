import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { solveAssignment } from '../assignment/solve-assignment';
import { generateAssignmentInstance } from '../bench/assignment-instance.generator';
import { sequentialIds, serializeInstance } from '../bench/instance-serializer';
import { parseInstanceText } from '../instance/instance-parser';
import { toInstanceResult } from '../instance/result-writer';
import { compiledEngineDir } from '../testing/engine-build';

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

let cli = '';
const workDir = mkdtempSync(join(tmpdir(), 'rally-match-cli-'));

beforeAll(() => {
  cli = join(compiledEngineDir(), 'cli', 'match.cli.js');
}, 120_000);

function run(args: string[], input?: string): CliRun {
  const child = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function fileWith(name: string, text: string): string {
  const path = join(workDir, name);
  writeFileSync(path, text);
  return path;
}

const example = {
  candidates: [{ id: 'v1', capacity: 2 }],
  slots: [{ id: 'r1', capacity: 3, mustFill: true }],
  edges: [{ candidate: 'v1', slot: 'r1', weight: 0.83 }],
};
const exampleOutput = { assignments: [{ candidate: 'v1', slot: 'r1', weight: 0.83 }], totalWeight: 0.83, mustFillCovered: 1 };

function expectBadInput(result: CliRun, message: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^[^\n]+\n$/);
  expect(result.stderr).toMatch(message);
}

describe('match CLI', () => {
  it('solves the documented example from a file', () => {
    const result = run([fileWith('example.json', JSON.stringify(example))]);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual(exampleOutput);
  });

  it('reads standard input for "-"', () => {
    const result = run(['-'], JSON.stringify(example));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(exampleOutput);
  });

  it('answers an empty instance with no assignments', () => {
    const result = run(['-'], '{"candidates":[],"slots":[],"edges":[]}');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ assignments: [], totalWeight: 0, mustFillCovered: 0 });
  });

  it('finds the optimum where greedy would not', () => {
    const instance = {
      candidates: [
        { id: 'a', capacity: 1 },
        { id: 'b', capacity: 1 },
      ],
      slots: [
        { id: 'x', capacity: 1 },
        { id: 'y', capacity: 1 },
      ],
      edges: [
        { candidate: 'a', slot: 'x', weight: 0.9 },
        { candidate: 'a', slot: 'y', weight: 0.8 },
        { candidate: 'b', slot: 'x', weight: 0.8 },
      ],
    };
    const output = JSON.parse(run(['-'], JSON.stringify(instance)).stdout) as typeof exampleOutput;
    expect(output.assignments.map((a) => `${a.candidate}-${a.slot}`)).toEqual(['a-y', 'b-x']);
    expect(output.totalWeight).toBeCloseTo(1.6, 12);
  });

  it('writes one timings line to standard error with --timings', () => {
    const result = run(['--timings', fileWith('timed.json', JSON.stringify(example))]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^timings parse_ms=\d+(\.\d+)? solve_ms=\d+(\.\d+)? total_ms=\d+(\.\d+)?\n$/);
    expect(JSON.parse(result.stdout)).toEqual(exampleOutput);
  });

  it('gives the library result on a seeded 2k × 500 instance', () => {
    const problem = generateAssignmentInstance({ seed: 1, candidates: 2_000, slots: 500, edges: 10_000 });
    const text = serializeInstance(problem, sequentialIds('c', 2_000), sequentialIds('s', 500));
    const result = run([fileWith('seeded.json', text)]);
    expect(result.status).toBe(0);
    const instance = parseInstanceText(text);
    expect(JSON.parse(result.stdout)).toEqual(toInstanceResult(instance, solveAssignment(instance.problem)));
  });

  it.each<[string, string, RegExp]>([
    ['text that is not JSON', 'candidates: []', /^invalid instance: not JSON/],
    ['a top level that is not an object', '[1]', /top level must be a JSON object/],
    ['a missing field', '{"candidates":[],"slots":[]}', /missing field "edges"/],
    ['a field that is not an array', '{"candidates":{},"slots":[],"edges":[]}', /"candidates" must be an array/],
    ['an item that is not an object', '{"candidates":[null],"slots":[],"edges":[]}', /candidates\[0\] must be an object, got null/],
    ['an empty id', '{"candidates":[{"id":"","capacity":1}],"slots":[],"edges":[]}', /candidates\[0\]: id must be a non-empty string/],
    ['a duplicate id', '{"candidates":[],"slots":[{"id":"r","capacity":1},{"id":"r","capacity":2}],"edges":[]}', /slots\[1\] \("r"\): duplicate slot id/],
    ['a negative capacity', '{"candidates":[{"id":"v","capacity":-2}],"slots":[],"edges":[]}', /candidates\[0\] \("v"\): capacity must be an integer >= 0, got -2/],
    ['a fractional capacity', '{"candidates":[],"slots":[{"id":"r","capacity":0.5}],"edges":[]}', /slots\[0\] \("r"\): capacity must be an integer >= 0, got 0.5/],
    ['a missing capacity', '{"candidates":[{"id":"v"}],"slots":[],"edges":[]}', /candidates\[0\] \("v"\): missing field "capacity"/],
    ['a mustFill that is not a boolean', '{"candidates":[],"slots":[{"id":"r","capacity":1,"mustFill":1}],"edges":[]}', /mustFill must be a boolean, got 1/],
    ['an unknown candidate', '{"candidates":[],"slots":[{"id":"r","capacity":1}],"edges":[{"candidate":"v","slot":"r","weight":1}]}', /edges\[0\]: unknown candidate "v"/],
    ['an unknown slot', '{"candidates":[{"id":"v","capacity":1}],"slots":[],"edges":[{"candidate":"v","slot":"r","weight":1}]}', /edges\[0\]: unknown slot "r"/],
    [
      'a weight above 1',
      `{"candidates":[{"id":"v","capacity":1}],"slots":[{"id":"r","capacity":1}],"edges":[{"candidate":"v","slot":"r","weight":1.01}]}`,
      /edges\[0\] \("v" -> "r"\): weight must be a finite number in \[0, 1\], got 1.01/,
    ],
    [
      'a weight that is a string',
      `{"candidates":[{"id":"v","capacity":1}],"slots":[{"id":"r","capacity":1}],"edges":[{"candidate":"v","slot":"r","weight":"0.5"}]}`,
      /weight must be a finite number in \[0, 1\], got "0.5"/,
    ],
    [
      'a missing weight',
      `{"candidates":[{"id":"v","capacity":1}],"slots":[{"id":"r","capacity":1}],"edges":[{"candidate":"v","slot":"r"}]}`,
      /edges\[0\] \("v" -> "r"\): missing field "weight"/,
    ],
    [
      'a duplicate pair',
      `{"candidates":[{"id":"v","capacity":1}],"slots":[{"id":"r","capacity":1}],"edges":[{"candidate":"v","slot":"r","weight":1},{"candidate":"v","slot":"r","weight":0}]}`,
      /edges\[1\] \("v" -> "r"\): duplicate pair, first at edges\[0\]/,
    ],
  ])('rejects %s: exit 2, one line on stderr, nothing on stdout', (_, text, message) => {
    expectBadInput(run(['-'], text), message);
    expectBadInput(run([fileWith('bad.json', text)]), message);
  });

  it('rejects a missing file and bad arguments the same way', () => {
    expectBadInput(run([join(workDir, 'nope.json')]), /cannot read .*nope\.json.* \(ENOENT\)/);
    expectBadInput(run([]), /expected one instance path or "-"/);
    expectBadInput(run(['--fast', '-']), /unknown option --fast/);
  });
});
