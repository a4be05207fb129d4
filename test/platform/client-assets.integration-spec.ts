import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import request from 'supertest';

import { createTestApp, TestApp } from '../utils/test-app';

const SHELL = '<!doctype html><html><body><div id="root"></div><!-- rally app shell --></body></html>';
const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(200))};\n`;
const HASHED = '/assets/index-AbC123xy.js';
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('serving the built client', () => {
  let t: TestApp;
  let clientDist: string;
  beforeAll(async () => {
    clientDist = mkdtempSync(join(tmpdir(), 'rally-assets-'));
    mkdirSync(join(clientDist, 'assets'));
    const write = (path: string, text: string) => {
      writeFileSync(join(clientDist, path), text);
      writeFileSync(join(clientDist, `${path}.br`), brotliCompressSync(text));
      writeFileSync(join(clientDist, `${path}.gz`), gzipSync(text));
    };
    write('index.html', SHELL);
    write(HASHED, SCRIPT);
    writeFileSync(join(clientDist, 'assets/plain-Zz9.css'), 'body{margin:0}');
    writeFileSync(join(clientDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await createTestApp({}, { clientDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(clientDist, { recursive: true, force: true });
  });

  const get = (path: string, acceptEncoding: string) => request(t.app.getHttpServer()).get(path).set('Accept-Encoding', acceptEncoding);

  it('sends brotli to a browser that takes it, even when it lists gzip first, as Chromium does', async () => {
    const res = await get(HASHED, 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    // superagent decodes brotli; the length on the wire is the compressed file's.
    expect(res.text).toBe(SCRIPT);
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(SCRIPT).length);
  });

  it('sends gzip when brotli is refused or unknown', async () => {
    for (const header of ['gzip', 'br;q=0, gzip']) {
      const res = await get(HASHED, header);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.text).toBe(SCRIPT);
    }
  });

  it('sends the plain file to a client that accepts no encoding', async () => {
    for (const header of ['identity', '']) {
      const res = await get(HASHED, header);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.text).toBe(SCRIPT);
    }
  });

  it('sends a hashed file that has no compressed copy as it is, still immutable', async () => {
    const res = await get('/assets/plain-Zz9.css', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('makes browsers revalidate the app shell, at / and on client routes, compressed too', async () => {
    for (const path of ['/', '/index.html', '/needs/42']) {
      const res = await get(path, 'gzip').set('Accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.text).toContain('rally app shell');
    }
  });

  it('keeps unhashed files on a short cache', async () => {
    const res = await get('/favicon.svg', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['cache-control']).not.toMatch(/immutable/);
  });

  it('answers 404, not the app shell, for a missing or hostile asset path', async () => {
    for (const path of ['/assets/index-Gone0000.js', '/assets/../../../etc/passwd', '/assets/%2e%2e%2f%2e%2e%2fpackage.json', '/assets/%E0%A4%A', `${HASHED}.br`, '/assets/']) {
      const res = await get(path, 'br, gzip');
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('rally app shell');
    }
  });

  it('never serves files outside the dist folder', async () => {
    const res = await get('/..%2f..%2fpackage.json', 'identity').set('Accept', 'text/html');
    expect(res.text).not.toContain('"name"');
  });
});
