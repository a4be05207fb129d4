import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

import express from 'express';

/** Vite names every file under /assets/ by its content hash, so a URL there never changes meaning. */
const HASHED_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The shell names the current hashed files: browsers must ask again on every visit to see a new release. */
const REVALIDATE = 'no-cache';

/** Precompressed siblings the client build writes (`client/scripts/compress.mjs`), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** The file a URL path names inside the client's dist folder; null when it would step outside it. */
function fileFor(clientDist: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(clientDist, decoded));
  return file.startsWith(clientDist + sep) ? file : null;
}

/** Sends a file from the dist folder, precompressed when the browser accepts it, with its caching rule. */
export function sendClientFile(req: express.Request, res: express.Response, file: string, cacheControl: string): void {
  // Our order, not the header's: Chromium lists gzip before br, yet br is the smaller file.
  const encoding = ENCODINGS.find(({ name, suffix }) => req.acceptsEncodings(name) === name && isFile(file + suffix));
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', cacheControl);
  // Typed by the original name: send would call a .br file application/x-brotli.
  res.type(extname(file));
  if (encoding) res.setHeader('Content-Encoding', encoding.name);
  res.sendFile(encoding ? file + encoding.suffix : file, { cacheControl: false, dotfiles: 'deny' });
}

/**
 * Static files of the built client. Hashed assets are cached for a year; a missing one is a 404, never the
 * app shell, so a stale tab fails loudly instead of running HTML as a script.
 */
export function clientAssets(clientDist: string): express.RequestHandler {
  const root = normalize(clientDist);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const hashed = req.path.startsWith(HASHED_PREFIX);
    const file = req.path === '/' ? null : fileFor(root, req.path);
    if (file && isFile(file) && !file.endsWith('.br') && !file.endsWith('.gz')) {
      return sendClientFile(req, res, file, hashed ? IMMUTABLE : file.endsWith('.html') ? REVALIDATE : 'public, max-age=3600');
    }
    if (hashed) return void res.status(404).type('text/plain').send('Not found');
    next();
  };
}

/** The app shell for client-side routes. */
export function sendShell(req: express.Request, res: express.Response, clientDist: string): void {
  sendClientFile(req, res, join(clientDist, 'index.html'), REVALIDATE);
}
