// Build step: empty dist/ before tsup runs its parallel builds (they do not clean, see tsup.config.ts).
import { rmSync } from 'node:fs';
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
