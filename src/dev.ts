import 'reflect-metadata';

import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';

import { launch } from './launcher/launch';

const ROOT = join(__dirname, '..', '..');

// `npm run dev`: the same infrastructure as `npm start`, then the API under `nest start --watch`,
// the worker restarted whenever its compiled files change, and the Vite dev server.
launch({
  processes: (env, config) => [
    spawn(
      process.execPath,
      [
        join(dirname(require.resolve('concurrently/package.json')), 'dist', 'bin', 'concurrently.js'),
        '--kill-others-on-fail',
        '--names=api,worker,client',
        '--prefix-colors=blue,magenta,green',
        'nest start --watch --preserveWatchOutput',
        `node --watch ${JSON.stringify(join(ROOT, 'dist', 'src', 'worker.js'))}`,
        'npm --prefix client run dev',
      ],
      // Output goes through concurrently's pipes, not a terminal: ask for readable logs explicitly.
      { cwd: ROOT, env: { LOG_FORMAT: 'pretty', ...env, RALLY_API_URL: `http://localhost:${config.PORT}` }, stdio: 'inherit' },
    ),
  ],
  readyLine: (config) => `Rally (dev) is ready: open http://localhost:5173 (API on http://localhost:${config.PORT}/graphql)`,
});
