// Writes brotli (.br) and gzip (.gz) copies next to the built files, so the API sends them without
// compressing on every request (src/client-assets.ts picks one by Accept-Encoding).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
// Source maps are fetched only by developer tools; compressing them at the highest level costs seconds.
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;
// Below this the headers outweigh the saving.
const MIN_BYTES = 1024;

const brotli = (data) =>
  brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
const gzip = (data) => gzipSync(data, { level: constants.Z_BEST_COMPRESSION });

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

let before = 0;
let after = 0;
for (const file of filesUnder(DIST).filter((name) => COMPRESSIBLE.test(name))) {
  const data = readFileSync(file);
  if (data.length < MIN_BYTES) continue;
  const br = brotli(data);
  before += data.length;
  after += br.length;
  for (const [suffix, encoded] of [
    ['.br', br],
    ['.gz', gzip(data)],
  ]) {
    if (encoded.length < data.length) writeFileSync(file + suffix, encoded);
  }
}
console.log(`compressed ${Math.round(before / 1024)} KB of client files to ${Math.round(after / 1024)} KB (brotli)`);
