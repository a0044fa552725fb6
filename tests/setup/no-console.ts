import { afterEach, beforeEach, vi } from 'vitest';

// Importing or running sakbol must print nothing; a test that causes console output fails.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let spies: Array<ReturnType<typeof vi.spyOn>> = [];
beforeEach(() => {
  spies = methods.map((m) => vi.spyOn(console, m));
});
afterEach(() => {
  const calls = spies.flatMap((s, i) => s.mock.calls.map((c) => `console.${methods[i]}: ${c.map(String).join(' ')}`));
  for (const s of spies) s.mockRestore();
  if (calls.length > 0) throw new Error(`unexpected console output:\n${calls.join('\n')}`);
});
