import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

// The library is TypeScript strict: `npm test` fails on a type error, not only on a failing assertion.
// tsconfig.json checks the core without Node's types (it must not use a Node API); tsconfig.cli.json
// checks the command line, which is Node-only, with them; the playground's page script is checked
// against the DOM types (playground/tsconfig.json).
const root = new URL('..', import.meta.url).pathname;
it.each([`${root}tsconfig.json`, `${root}tsconfig.cli.json`, `${root}playground`])('type-checks %s under strict settings', (project) => {
  let output = '';
  try {
    execFileSync(process.execPath, [new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname, '--noEmit', '-p', project], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    output = String((e as { stdout?: string }).stdout ?? e);
  }
  expect(output).toBe('');
});
