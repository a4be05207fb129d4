import { withoutEscapes } from './without-escapes';

async function through(...chunks: string[]): Promise<string> {
  const stream = withoutEscapes();
  let out = '';
  stream.on('data', (c: Buffer) => (out += c.toString()));
  const ended = new Promise((r) => stream.on('end', r));
  chunks.forEach((c) => stream.write(c));
  stream.end();
  await ended;
  return out;
}

describe('withoutEscapes', () => {
  it('drops colours, cursor moves, titles and screen clears but keeps the text', async () => {
    expect(await through('[\x1b[90m6:57:09 PM\x1b[0m] Found 0 errors.\n')).toBe('[6:57:09 PM] Found 0 errors.\n');
    expect(await through('\x1bc\x1b[2J\x1b[1;1Hready\x1b]0;title\x07 \x1b[38;5;3m[Database]\x1b[39m ok\n')).toBe('ready [Database] ok\n');
  });

  it('removes a sequence split across chunks and keeps text that only looks like one', async () => {
    expect(await through('a \x1b[3', '2mgreen\x1b', '[0m b\n')).toBe('a green b\n');
    expect(await through('[api] [6:57 PM] 100% [x]\n')).toBe('[api] [6:57 PM] 100% [x]\n');
  });
});
