import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/** The library: platform-neutral, no Node built-ins (tests/package.test.ts checks). */
export const library: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // Everything but the CLI, which the second config writes at the same time.
  clean: ['!cli.js'],
  target: 'node20',
  platform: 'neutral',
  // zod and compromise/one are bundled (tree-shaken, one file to parse: ~10x faster to import than
  // their many-module ESM builds); natural stays an exact-pinned dependency, deep-imported.
  noExternal: ['zod', 'compromise'],
  external: [/^natural\//],
  sourcemap: false,
  splitting: false,
  treeshake: true,
};

const coreEntry = resolve('src/index.ts');

/**
 * The `sakbol` command (Node only). It loads the library from ./index.js beside it instead of
 * bundling a second copy: every import of src/index.ts becomes an import of ./index.js.
 */
export const cli: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: false,
  splitting: false,
  treeshake: true,
  esbuildPlugins: [
    {
      name: 'library-beside',
      setup(build) {
        build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) => {
          const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
          return target === coreEntry ? { path: './index.js', external: true } : undefined;
        });
      },
    },
  ],
};

export default defineConfig([library, cli]);
