/**
 * The reference tables a compiled rule set reads: the bundled ones, or the bundled ones extended by
 * rule packs (src/packs/merge.ts). Carried by the compiled rule set rather than read from module
 * globals, so that two screeners with different packs never see each other's places or pay figures.
 */
import { helplines, pay, places, references, roles, type Helpline, type PayTable, type Place, type Reference, type Role } from '../data.js';

export interface Tables {
  places: readonly Place[];
  roles: readonly Role[];
  pay: PayTable;
  helplines: readonly Helpline[];
  references: Readonly<Record<string, Reference>>;
}

export const BUNDLED_TABLES: Tables = { places, roles, pay, helplines: helplines.helplines, references };
