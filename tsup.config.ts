import { defineConfig, type Options } from 'tsup';

const common: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  target: 'node20',
  platform: 'neutral',
  // scslre (and refa, its automaton library) are CommonJS packages with only a "main" field.
  esbuildOptions(o) {
    o.mainFields = ['module', 'main'];
  },
  sourcemap: false,
  splitting: false,
  treeshake: true,
};

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts' },
    clean: true,
    // zod and compromise/one are bundled (tree-shaken, one file to parse: ~10x faster to import than
    // their many-module ESM builds); natural stays an exact-pinned dependency, deep-imported.
    // scslre is bundled too, behind a lazy `require` (src/engine/regex-safety.ts): its module code
    // runs only when a custom regex is first checked.
    noExternal: ['zod', 'compromise', 'scslre', 'refa', 'regexp-ast-analysis', '@eslint-community/regexpp'],
    external: [/^natural\//],
  },
  {
    ...common,
    // `sakbol/testing` imports the main entry by the package's own name (src/testing.ts), kept
    // external: both entries share one copy of the library (one RuleError class) and its types.
    entry: { testing: 'src/testing.ts' },
    clean: false,
    external: ['sakbol'],
  },
]);
