import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The layering of the need-to-match features: needs ← matches ← matching / hours / feedback / impact,
// with notifications a lower service that matches call (it writes rows in the caller's unit of work
// and knows nothing of matches). A folder may import only folders below it; type imports count too,
// since they tie the folders together just the same.
const FORBIDDEN: Record<string, string[]> = {
  needs: ['matches', 'matching', 'notifications', 'hours', 'feedback', 'impact'],
  notifications: ['needs', 'matches', 'matching', 'hours', 'feedback', 'impact'],
  matches: ['matching', 'hours', 'feedback', 'impact'],
};

const IMPORT = /from\s+'\.\.\/([\w-]+)\//g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The feature folders a file at the top of `folder` imports (deeper files reach them with more ../). */
function importedFolders(folder: string, path: string): string[] {
  const depth = path.slice(join(__dirname, folder).length + 1).split(/[\\/]/).length - 1;
  const text = readFileSync(path, 'utf8').replace(new RegExp(`'(\\.\\./){${depth}}`, 'g'), "'");
  return [...text.matchAll(IMPORT)].map((m) => m[1]);
}

describe('feature folders depend one way', () => {
  it.each(Object.entries(FORBIDDEN))('%s imports none of the folders above it', (folder, above) => {
    const offending = files(join(__dirname, folder)).flatMap((path) =>
      importedFolders(folder, path)
        .filter((imported) => above.includes(imported))
        .map((imported) => `${path.slice(__dirname.length + 1)} → ${imported}`),
    );
    expect(offending).toEqual([]);
  });

  it('sees an import when there is one (the scan reads the right files)', () => {
    const matchesImports = files(join(__dirname, 'matches')).flatMap((p) => importedFolders('matches', p));
    expect(matchesImports).toContain('needs');
    expect(matchesImports).toContain('notifications');
  });
});
