import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

// The library is TypeScript strict: `npm test` fails on a type error, not only on a failing assertion.
// tsconfig.json checks the core without Node's types (it must not use a Node API); tsconfig.cli.json
// checks the command line, which is Node-only, with them.
it.each(['tsconfig.json', 'tsconfig.cli.json'])('type-checks under strict settings (%s)', (config) => {
  const root = new URL('..', import.meta.url).pathname;
  let output = '';
  try {
    execFileSync(process.execPath, [new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname, '--noEmit', '-p', root + config], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    output = String((e as { stdout?: string }).stdout ?? e);
  }
  expect(output).toBe('');
});
