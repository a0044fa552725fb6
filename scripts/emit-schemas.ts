/** Build step: JSON Schema for rule authors (and for the result and options), generated from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import * as z from 'zod';
import { provideRegexAnalyser } from '../src/engine/regex-safety.js';
import { RuleError } from '../src/errors.js';
import { bundledRegexHazards } from '../src/packs/bundled-check.js';
import { ScreenOptions } from '../src/schema/options.js';
import { RulePackSchema } from '../src/schema/pack.js';
import { ScreenResultSchema } from '../src/schema/result.js';
import { RuleFile } from '../src/schema/rule.js';
import { ROOT } from './corpus.js';
import { validateRules } from '../src/engine/validate.js';
import { bundledRules } from '../src/rules.js';

// The bundled rules are validated here, at build time, and not again in every process: a bad rule
// fails the build with its id and field path. So is every bundled regex's safety (custom regexes are
// checked when a pack loads). tsx runs this file as ESM, without the `require` the library uses to
// load the analyser lazily: hand it in.
validateRules(bundledRules);
provideRegexAnalyser({ analyse, RegExpParser, visitRegExpAST });
const hazards = bundledRegexHazards();
if (hazards.length > 0) throw RuleError.of(hazards);

const out = join(ROOT, 'dist');
mkdirSync(out, { recursive: true });
const emit = (name: string, schema: z.ZodType, title: string): void => {
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  writeFileSync(join(out, name), JSON.stringify(json, null, 2) + '\n');
};
emit('rule.schema.json', RuleFile, 'sakbol rule file');
emit('result.schema.json', ScreenResultSchema, 'sakbol screen() result');
emit('options.schema.json', ScreenOptions, 'sakbol screen() options');
emit('pack.schema.json', RulePackSchema, 'sakbol rule pack');
