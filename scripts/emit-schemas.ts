/** Build step: JSON Schema for rule authors (and for the result and options), generated from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { ScreenOptions } from '../src/schema/options.js';
import { ScreenResultSchema } from '../src/schema/result.js';
import { RuleFile } from '../src/schema/rule.js';
import { ROOT } from './corpus.js';
import { validateRules } from '../src/engine/validate.js';
import { bundledRules } from '../src/rules.js';

// The bundled rules are validated here, at build time, and not again in every process: a bad rule
// fails the build with its id and field path.
validateRules(bundledRules);

const out = join(ROOT, 'dist');
mkdirSync(out, { recursive: true });
const emit = (name: string, schema: z.ZodType, title: string): void => {
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  writeFileSync(join(out, name), JSON.stringify(json, null, 2) + '\n');
};
emit('rule.schema.json', RuleFile, 'sakbol rule file');
emit('result.schema.json', ScreenResultSchema, 'sakbol screen() result');
emit('options.schema.json', ScreenOptions, 'sakbol screen() options');
