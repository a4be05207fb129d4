import { Transform } from 'node:stream';

// CSI (colours, cursor moves), OSC (titles, links), then the two-character escapes such as ESC c.
// eslint-disable-next-line no-control-regex -- matching escape codes is the point
const ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[0-~])/g;
// eslint-disable-next-line no-control-regex -- a sequence cut off at the chunk's end
const INCOMPLETE = /\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*\x1b?)?$/;

/**
 * Passes text through without terminal escape sequences, for tools that colour their output
 * whatever NO_COLOR says (the Nest CLI's compiler messages). A sequence split between two chunks
 * is held back until it is complete.
 */
export function withoutEscapes(): Transform {
  let held = '';
  return new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      const text = held + chunk.toString();
      const cut = INCOMPLETE.exec(text);
      held = cut ? text.slice(cut.index) : '';
      done(null, (cut ? text.slice(0, cut.index) : text).replace(ESCAPE, ''));
    },
    flush(done) {
      done(null, held.replace(ESCAPE, ''));
    },
  });
}
