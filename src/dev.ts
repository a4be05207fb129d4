import 'reflect-metadata';

import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';

import { colouredLogs } from './common/logging/log-format';
import { withoutEscapes } from './common/process/without-escapes';
import { launch } from './launcher/launch';

const ROOT = join(__dirname, '..', '..');

// `npm run dev`: the same infrastructure as `npm start`, then the API under `nest start --watch`,
// the worker restarted whenever its compiled files change, and the Vite dev server.
launch({
  processes: (env, config) => {
    // The launcher sets NO_COLOR/FORCE_COLOR=0 when its output is not a terminal, but the Nest
    // CLI colours its compiler messages regardless: then everything passes through a filter.
    const coloured = colouredLogs(config, process.stdout.isTTY === true);
    const child = spawn(
      process.execPath,
      [
        join(dirname(require.resolve('concurrently/package.json')), 'dist', 'bin', 'concurrently.js'),
        '--kill-others-on-fail',
        '--names=api,worker,client',
        '--prefix-colors=blue,magenta,green',
        'nest start --watch --preserveWatchOutput',
        `node --watch ${JSON.stringify(join(ROOT, 'dist', 'src', 'worker.js'))}`,
        `npm --prefix client run dev -- --port ${config.DEV_CLIENT_PORT}`,
      ],
      // Output goes through concurrently's pipes, not a terminal: ask for readable logs explicitly.
      { cwd: ROOT, env: { LOG_FORMAT: 'pretty', ...env, RALLY_API_URL: `http://localhost:${config.PORT}` }, stdio: coloured ? 'inherit' : ['inherit', 'pipe', 'pipe'] },
    );
    if (!coloured) {
      child.stdout?.pipe(withoutEscapes()).pipe(process.stdout);
      child.stderr?.pipe(withoutEscapes()).pipe(process.stderr);
    }
    return [child];
  },
  readyLine: (config) => `Rally (dev) is ready: open http://localhost:${config.DEV_CLIENT_PORT} (API on http://localhost:${config.PORT}/graphql)`,
});
