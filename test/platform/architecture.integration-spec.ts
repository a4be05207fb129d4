import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

import ts from 'typescript';

/**
 * Dependencies point one way: platform ← access ← directory/supply ← needs ← matches ← matching,
 * notifications, impact, hours, feedback. A folder may import its own layer or lower ones, never a
 * higher one, and folders form no cycles.
 */
const LAYERS: Record<string, number> = {
  common: 0,
  config: 0,
  database: 0,
  queue: 0,
  health: 0,
  access: 1,
  organizations: 2,
  memberships: 2,
  users: 2,
  auth: 2,
  affiliations: 2,
  networks: 2,
  programs: 2,
  skills: 2,
  profiles: 2,
  'funding-offers': 2,
  needs: 3,
  // Notifications write rows in the caller's transaction and announce them; matches decide who hears what.
  notifications: 4,
  matches: 5,
  matching: 6,
  impact: 6,
  hours: 6,
  feedback: 6,
  // Message threads hang off a match; their digests go out as notifications.
  messages: 6,
  // A company admin's read-only view of its employees' engagements.
  company: 6,
  // The home page's counts, composed from matches, hours and messages.
  inbox: 7,
  meetings: 6,
  'follow-ups': 6,
  // A raised hand is turned into an offer through the manual match of matches.
  interests: 6,
  // Sharing needs across a network: partners propose through the matches' writer, owners approve as usual.
  'network-sharing': 6,
  // Event schedules reuse the matching engine's solver and scoring, and the meetings' .ics writer.
  events: 7,
  // A network's joint statements, signed and committed to by its member intermediaries.
  'network-statements': 3,
  // The demo world is built through every feature's entities; nothing may import it.
  seed: 7,
  // The launcher composes the whole app: embedded database, session Redis, migrations, reference and demo data.
  launcher: 8,
};
/** Lower-layer folders a folder must still not import: notifications write rows for anyone and know nothing of needs. */
const MUST_NOT_IMPORT: Record<string, string[]> = { notifications: ['needs'] };

const PLATFORM = new Set(Object.keys(LAYERS).filter((folder) => LAYERS[folder] === 0));

/** Files that exist to wire every feature together; they may import anything. */
const COMPOSITION_ROOTS = new Set(['src/database/entities.ts']);

interface Edge {
  file: string;
  from: string;
  to: string;
}

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The top-level folder under src/ a path belongs to; null for files directly in src/ (entry points). */
function folderOf(absolutePath: string): string | null {
  const parts = relative(join(root, 'src'), absolutePath).split(sep);
  return parts.length > 1 ? parts[0] : null;
}

function importEdges(): Edge[] {
  return sourceFiles(join(root, 'src')).flatMap((path) => {
    const from = folderOf(path);
    const file = relative(root, path).split(sep).join('/');
    if (!from || COMPOSITION_ROOTS.has(file)) return [];
    const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
    return importedFiles
      .filter((imported) => imported.fileName.startsWith('.'))
      .map((imported) => ({ file, from, to: folderOf(resolve(dirname(path), imported.fileName)) ?? '(entry point)' }))
      .filter((edge) => edge.to !== from);
  });
}

const describeEdge = (edge: Edge) => `${edge.file} -> ${edge.to}`;

function breaksLayering(edge: Edge): boolean {
  if (MUST_NOT_IMPORT[edge.from]?.includes(edge.to)) return true;
  if (PLATFORM.has(edge.from)) return !PLATFORM.has(edge.to);
  return !(edge.to in LAYERS) || LAYERS[edge.to] > LAYERS[edge.from];
}

/** Strongly connected groups of folders (Tarjan), largest first. */
function folderCycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    for (const to of next.get(folder) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(folder, Math.min(low.get(folder)!, low.get(to)!));
      } else if (stack.includes(to)) {
        low.set(folder, Math.min(low.get(folder)!, index.get(to)!));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== folder);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const folder of next.keys()) if (!index.has(folder)) visit(folder);
  return cycles.sort((a, b) => b.length - a.length);
}

describe('architecture', () => {
  const edges = importEdges();

  it('reads the imports of the source tree', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ file: 'src/needs/needs.service.ts', from: 'needs', to: 'common' });
  });

  it('places every folder under src/ in a layer', () => {
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !(folder in LAYERS))).toEqual([]);
  });

  it('keeps the platform (common, config, database, queue, health) free of feature imports', () => {
    const offenders = edges.filter((edge) => PLATFORM.has(edge.from) && !PLATFORM.has(edge.to));
    expect(offenders.map(describeEdge)).toEqual([]);
  });

  it('never imports from a higher layer', () => {
    expect(edges.filter(breaksLayering).map(describeEdge)).toEqual([]);
  });

  it('has no cycles between folders', () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it('detects a layering break and a cycle when one is added', () => {
    const added: Edge = { file: 'src/skills/new.ts', from: 'skills', to: 'needs' };
    expect(breaksLayering(added)).toBe(true);
    const back: Edge = { file: 'src/needs/new.ts', from: 'needs', to: 'skills' };
    expect(folderCycles([added, back])).toEqual([['needs', 'skills']]);
    expect(breaksLayering({ file: 'src/common/new.ts', from: 'common', to: 'access' })).toBe(true);
    expect(breaksLayering({ file: 'src/notifications/new.ts', from: 'notifications', to: 'needs' })).toBe(true);
  });
});
