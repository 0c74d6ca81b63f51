#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ caches compiled code between runs; on Node 20 this is simply absent.
module.enableCompileCache?.();

let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write(
      'followup-coach is not built yet. Run `npm install` (or `npm run build`) in the project folder, then try again.\n',
    );
    process.exit(1);
  }
  throw error;
}
await cli.runFromProcess();
