import 'reflect-metadata';

import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { launch } from './launcher/launch';

// `npm start`: the built API (which serves the built client) and worker, on one machine.
launch({
  processes: (env) => ['main.js', 'worker.js'].map((file) => spawn(process.execPath, [join(__dirname, file)], { env, stdio: 'inherit' })),
  readyLine: (config) => `Rally is ready: open ${config.publicUrl}`,
});
