import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { TEXT_FIELDS, type RuleTexts } from './src/rule-texts.js';
import { BUNDLE_DEFAULTS } from './src/rules.js';
import { LANGS } from './src/schema/rule.js';
import { fewestDoubledWords } from './src/text/doubled-prefixes.js';

/**
 * Rule files carry must-match / must-not-match examples and notes on known false positives. They
 * are authoring and test data (tests/rule-examples.test.ts reads them from rules/); the engine never
 * reads them. The bundles leave them out: 40% of the rule bytes. So do the title, explanation and
 * advice of internal signals (kind "signal"), which no result shows, and the reference tables' notes.
 */
export const RUNTIME_ONLY_RULE_FIELDS = ['examples', 'falsePositives'] as const;
export const SIGNAL_AUTHORING_FIELDS = ['title', 'explanation', 'advice'] as const;
const stripAuthoringData = (forBrowser: boolean): NonNullable<Options['esbuildPlugins']>[number] => ({
  name: 'sakbol-strip-rule-authoring-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]rules[\\/]indicators[\\/][^\\/]+\.json$/ }, (args) => {
      const rules = JSON.parse(readFileSync(args.path, 'utf8')) as Array<Record<string, unknown>>;
      for (const rule of rules) {
        for (const field of RUNTIME_ONLY_RULE_FIELDS) delete rule[field];
        // Internal signals are never reported: their title, explanation and advice are notes for rule authors.
        if (rule.kind === 'signal') for (const field of SIGNAL_AUTHORING_FIELDS) delete rule[field];
        // Values every such rule has, and the texts (carried by src/rule-texts.ts below), are put back
        // when the rules load (src/rules.ts).
        for (const [field, value] of Object.entries(rule.kind === 'signal' ? BUNDLE_DEFAULTS.signal : BUNDLE_DEFAULTS.all)) if (rule[field] === value) delete rule[field];
        for (const field of TEXT_FIELDS) delete rule[field];
      }
      return { loader: 'json', contents: JSON.stringify(rules) };
    });
    build.onLoad({ filter: /[\\/]src[\\/]rule-texts\.ts$/ }, () => ({
      loader: 'js',
      contents: `export const RULE_TEXTS = ${JSON.stringify(ruleTexts())}; export const TEXT_FIELDS = ${JSON.stringify(TEXT_FIELDS)};`,
    }));
    // A reference table's "$comment" or "about" is a note for its authors. Unread tables' notes are
    // tree-shaken already; a table imported whole (pay.json, which rule packs extend; the fold tables)
    // would carry its note. The browser bundles, at their size budget, also leave out the pay table's
    // list of sources, which nothing reads (pay.json keeps them; the Node bundles carry them).
    // The doubled-letter words are carried as the fewest words the stretch fold reads the same way.
    build.onLoad({ filter: /[\\/]rules[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const table = JSON.parse(readFileSync(args.path, 'utf8')) as Record<string, unknown>;
      delete table.$comment;
      delete table.about;
      if (forBrowser && Array.isArray(table.sources)) table.sources = [];
      if (basename(args.path) === 'doubled-letters.json') table.words = fewestDoubledWords(table.words as string[]);
      return { loader: 'json', contents: JSON.stringify(table) };
    });
  },
});
const stripRuleAuthoringData = stripAuthoringData(false);

/** The bundled rules' texts as src/rule-texts.ts describes them: language, then rule file, then rule. */
function ruleTexts(): RuleTexts {
  const dir = resolve('rules/indicators');
  const texts: RuleTexts = { en: {}, ru: {}, ky: {} };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const rules = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<Record<string, unknown>>;
    for (const lang of LANGS) texts[lang][file] = rules.filter((r) => r.kind !== 'signal').flatMap((r) => TEXT_FIELDS.map((f) => (r[f] as Record<string, string>)[lang] ?? ''));
  }
  return texts;
}

/**
 * src/engine/regex-derived.ts and src/match/phrase-derived.ts know no derivation in the source. In
 * the Node bundles they are replaced by modules holding what compiling the bundled rules derives
 * from their regexes and phrases (scripts/derive.ts), which was half of a fresh process's first
 * screen. The browser bundles keep the source's (the tables would take their whole remaining size
 * budget) and derive it when they compile the rules, as the source does.
 */
const derived = new Map<string, string>();
const derivedTable = (which: 'regexes' | 'phrases'): string => {
  let json = derived.get(which);
  if (json === undefined) {
    // tsx's command line, not `node --import tsx`: that flag needs Node 20.6, and engines allows 20.0.
    const tsx = createRequire(resolve('package.json')).resolve('tsx/cli');
    derived.set(which, (json = execFileSync(process.execPath, [tsx, 'scripts/derive.ts', which], { encoding: 'utf8', maxBuffer: 64 << 20 })));
  }
  return json;
};
// Each table is JSON in a string, parsed on first use (V8 reads a string literal far faster than the
// same data as code): an English-only host never reads the Russian and Kyrgyz phrases.
const bakeDerivedTables: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'sakbol-bake-derived-tables',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]engine[\\/]regex-derived\.ts$/ }, () => ({
      loader: 'js',
      contents: `const json = ${JSON.stringify(derivedTable('regexes'))}; let table; export const derivedRegex = (authored) => (table ??= new Map(JSON.parse(json))).get(authored);`,
    }));
    build.onLoad({ filter: /[\\/]src[\\/]match[\\/]phrase-derived\.ts$/ }, () => {
      const byLang = JSON.parse(derivedTable('phrases')) as Record<string, unknown>;
      const json = Object.fromEntries(Object.entries(byLang).map(([lang, pairs]) => [lang, JSON.stringify(pairs)]));
      return {
        loader: 'js',
        contents: `const json = ${JSON.stringify(json)}; const tables = {}; export const derivedPhraseSteps = (lang, phrase) => (tables[lang] ??= new Map(json[lang] === undefined ? [] : JSON.parse(json[lang]))).get(phrase);`,
      };
    });
  },
};

// No `clean`: the configs build in parallel into dist/, and one would delete another's files;
// `npm run build` empties dist/ first.
const shared: Options = {
  entry: { index: 'src/index.ts' },
  sourcemap: false,
  splitting: false,
  treeshake: true,
  // Russian and Kyrgyz text stays as UTF-8 instead of \uXXXX escapes (a third of the rule bytes).
  esbuildOptions(options) {
    options.charset = 'utf8';
    // scslre (and refa, its automaton library) are CommonJS packages with only a "main" field.
    options.mainFields = ['module', 'main'];
  },
  esbuildPlugins: [stripRuleAuthoringData],
};

/** Node and bundlers: ESM + CJS, natural deep-imported from the dependency. */
export const nodeBuild: Options = {
  ...shared,
  format: ['esm', 'cjs'],
  dts: true,
  target: 'node20',
  platform: 'neutral',
  // zod/mini and compromise/one are bundled (tree-shaken, one file to parse: ~10x faster to import than
  // their many-module ESM builds); natural stays an exact-pinned dependency, deep-imported.
  // scslre is bundled too, behind a lazy `require` (src/engine/regex-safety.ts): its module code
  // runs only when a custom regex is first checked.
  noExternal: ['zod', 'compromise', 'scslre', 'refa', 'regexp-ast-analysis', '@eslint-community/regexpp'],
  external: [/^natural\//],
  esbuildPlugins: [stripRuleAuthoringData, bakeDerivedTables],
};

/**
 * `sakbol/testing` imports the main entry by the package's own name (src/testing.ts), kept external:
 * both entries share one copy of the library (one RuleError class) and its types.
 */
export const testingBuild: Options = {
  ...shared,
  entry: { testing: 'src/testing.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  target: 'node20',
  platform: 'neutral',
  external: ['sakbol'],
};

/**
 * The regex safety analyser (scslre and its parser, ~1.3 MB) is left out of the browser bundles: it
 * would double them, and it only runs when a custom regex is loaded. There, `require` of it reaches
 * this stub, which throws; engine/regex-safety.ts then refuses the custom regex with a RuleError
 * unless the host has handed the analyser in with provideRegexAnalyser() (see the README).
 */
const leaveOutRegexAnalyser: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'sakbol-leave-out-regex-analyser',
  setup(build) {
    build.onResolve({ filter: /^(?:scslre|@eslint-community\/regexpp)$/ }, (args) => ({ path: args.path, namespace: 'sakbol-absent' }));
    build.onLoad({ filter: /.*/, namespace: 'sakbol-absent' }, (args) => ({
      loader: 'js',
      contents: `throw new Error(${JSON.stringify(`${args.path} is not in the browser bundle: pass it to provideRegexAnalyser()`)});`,
    }));
  },
};

/**
 * compromise (~32 KB gzipped) does not fit the browser bundles' budget: there, the English words of a
 * sentence come from english-terms-lite.ts, which reads number words the same way
 * (tests/number-words.test.ts compares the two).
 */
const liteEnglishTerms: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'sakbol-lite-english-terms',
  setup(build) {
    build.onResolve({ filter: /[\\/]english-terms\.js$|^\.\/english-terms\.js$/ }, () => ({ path: resolve('src/extract/english-terms-lite.ts') }));
  },
};

/**
 * natural's stemmer modules require its stop-word lists and tokenizers for their `tokenizeAndStem`
 * and `attach`; sakbol calls `stem` alone (src/lang/stem.ts) and never hands the stemmers out. The
 * browser bundles, at their size budget, carry an empty list and a tokenizer that throws in their
 * place (about 1 KB gzipped); the Node bundles load natural as installed.
 */
const leaveOutStemmerExtras: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'sakbol-leave-out-stemmer-extras',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/(?:util\/stopwords(?:_ru)?|tokenizers\/aggressive_tokenizer(?:_ru)?)$/ }, (args) =>
      /[\\/]natural[\\/]lib[\\/]natural[\\/]stemmers$/.test(args.resolveDir) ? { path: args.path, namespace: 'sakbol-stemmer-extra' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'sakbol-stemmer-extra' }, (args) => ({
      loader: 'js',
      contents: args.path.includes('stopwords')
        ? 'module.exports = { words: [] };'
        : "module.exports = class { tokenize() { throw new Error(\"natural's tokenizers are not in this bundle\"); } };",
    }));
  },
};

/**
 * Browsers, edge workers and bare V8 sandboxes: everything bundled (natural's two stemmers too),
 * minified, no imports left. `browser.js` is an ES module; `sakbol.global.js` is an IIFE that
 * defines the global `sakbol` for a <script> tag, a JavaScript UDF or `vm.runInNewContext`.
 * scripts/bundle-size.ts prints their gzipped size and fails the build above the budget.
 */
export const browserBuilds: Options[] = [
  { ...shared, entry: { browser: 'src/index.ts' }, format: ['esm'] },
  { ...shared, entry: { sakbol: 'src/index.ts' }, format: ['iife'], globalName: 'sakbol' },
].map((o) => ({
  ...o,
  target: 'es2022',
  platform: 'browser',
  minify: true,
  noExternal: [/.*/],
  esbuildPlugins: [stripAuthoringData(true), leaveOutRegexAnalyser, leaveOutStemmerExtras, liteEnglishTerms],
  // (compromise read `self.env`; nothing in these bundles needs `self` now, and `globalThis` is `self`
  // in browsers and workers and exists in a bare V8 context too.)
  define: { self: 'globalThis' },
}));

const coreEntry = resolve('src/index.ts');

/**
 * The `sakbol` command (Node only). It loads the library from ./index.js beside it instead of
 * bundling a second copy: every import of src/index.ts becomes an import of ./index.js.
 */
export const cliBuild: Options = {
  entry: { cli: 'src/cli/main.ts' },
  format: ['esm'],
  dts: false,
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: false,
  splitting: false,
  treeshake: true,
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
  esbuildPlugins: [
    {
      name: 'library-beside',
      setup(build) {
        // src/testing.ts (rules check) imports the library by the package's name.
        build.onResolve({ filter: /^sakbol$/ }, () => ({ path: './index.js', external: true }));
        build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) => {
          const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
          return target === coreEntry ? { path: './index.js', external: true } : undefined;
        });
      },
    },
  ],
};

export default defineConfig([nodeBuild, testingBuild, cliBuild, ...browserBuilds]);
