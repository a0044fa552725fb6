import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

// The library is TypeScript strict: `npm test` fails on a type error, not only on a failing assertion.
// The playground's page script is checked too, against the DOM types (playground/tsconfig.json).
const root = new URL('..', import.meta.url).pathname;
it.each([root, `${root}playground`])('type-checks %s under strict settings', (project) => {
  let output = '';
  try {
    execFileSync(process.execPath, [new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname, '--noEmit', '-p', project], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    output = String((e as { stdout?: string }).stdout ?? e);
  }
  expect(output).toBe('');
});
