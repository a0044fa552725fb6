import { defineConfig } from 'vitest/config';

export default defineConfig({
  // src/testing.ts imports the main entry by the package's name, as the published bundle does.
  resolve: { alias: { sakbol: new URL('./src/index.ts', import.meta.url).pathname } },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Library code must never print: fail any test that writes to the console.
    setupFiles: ['tests/setup/no-console.ts'],
  },
});
