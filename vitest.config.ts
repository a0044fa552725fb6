import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Library code must never print: fail any test that writes to the console.
    setupFiles: ['tests/setup/no-console.ts'],
  },
});
