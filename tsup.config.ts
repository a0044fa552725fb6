import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  // zod and compromise/one are bundled (tree-shaken, one file to parse: ~10x faster to import than
  // their many-module ESM builds); natural stays an exact-pinned dependency, deep-imported.
  noExternal: ['zod', 'compromise'],
  external: [/^natural\//],
  sourcemap: false,
  splitting: false,
  treeshake: true,
});
