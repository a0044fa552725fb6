/**
 * Rules -> fired rules. Pattern hits lose to exclusions and negation in their clause; fact patterns
 * ask the predicates; `when` conditions are checked in dependency order so meta rules see their parts.
 */
import type { MatchResult, RawHit } from '../match/run.js';
import type { Rule } from '../schema/rule.js';
import { Case, caseAt } from '../text/layer.js';
import { toOriginal } from '../text/normalize.js';
import type { CompiledRules, WhenIndex } from './compile.js';
import { PREDICATES, type PredicateResult } from './predicates.js';
import type { AdContext, FiredRule, Hit, Span, Vars } from './types.js';
import { sortSmall } from '../sort-small.js';

/**
 * Does token t open a sentence written without a full stop ("they leave next week This is not a scam",
 * "пиши @job_abroad Это не обман")? A capitalised word (its second letter small) right after a word
 * that starts with a small letter. Title case ("Work Permit Not Required") and capitals ("will NOT be
 * kept") open none. So does the first word of a hashtag: "#БезОпыта #ВизаВКредит" is two phrases.
 */
function opensSentence(ctx: AdContext, t: number): boolean {
  const { norm, tokens } = ctx;
  const tok = tokens[t]!;
  const prev = tokens[t - 1];
  if (!prev) return false;
  const at = norm.starts[tok.start]!;
  if (at > 0 && norm.original.charCodeAt(at - 1) === 0x23) return true;
  if (tok.end - tok.start < 2) return false;
  return caseAt(norm, norm.original, tok.start) === Case.Upper && caseAt(norm, norm.original, tok.start + 1) === Case.Lower && caseAt(norm, norm.original, prev.start) === Case.Lower;
}

/**
 * A negation word of the hit's clause just before or after it ("no fees", "паспорт не нужен"), not in
 * a sentence of its own: "This is not a scam" appended to an ad without a full stop cancels nothing.
 * A negation word right beside the hit always counts, whatever the capitals ("no Registration fee",
 * "fee Not charged").
 */
function negated(c: CompiledRules, ctx: AdContext, h: RawHit): boolean {
  const neg = c.negation[h.lang];
  const { tokens } = ctx;
  let clause = tokens[h.from]!.clause;
  for (let t = h.from - 1; t >= 0 && t >= h.from - neg.window; t--) {
    if (tokens[t]!.clause !== clause) {
      if (!onlyQuotesBetween(ctx, t, t + 1)) break;
      clause = tokens[t]!.clause;
    }
    if (neg.before.has(tokens[t]!.text)) return t === h.from - 1 || !opensSentenceBetween(ctx, t + 1, h.from);
  }
  clause = tokens[h.to - 1]!.clause;
  for (let t = h.to; t < tokens.length && t < h.to + neg.window; t++) {
    if (tokens[t]!.clause !== clause) {
      if (!onlyQuotesBetween(ctx, t - 1, t)) break;
      clause = tokens[t]!.clause;
    }
    if (neg.after.has(tokens[t]!.text)) return t === h.to || !opensSentenceBetween(ctx, h.to, t);
  }
  return false;
}

/**
 * Are tokens a and b (a before b) separated only by quote marks and spaces? Quotes end a clause, but a
 * warning that quotes a lure negates it from outside the quotes: «сактап турууга» бербеңиз (do not
 * give it "for safekeeping"), паспорт «на хранение» не отдавайте.
 */
function onlyQuotesBetween(ctx: AdContext, a: number, b: number): boolean {
  const { text } = ctx.norm;
  for (let i = ctx.tokens[a]!.end; i < ctx.tokens[b]!.start; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 0x20 && ch !== 0x22 && ch !== 0xab && ch !== 0xbb && ch !== 0x201c && ch !== 0x201d && ch !== 0x201e) return false;
  }
  return true;
}

/**
 * The farthest clause from token t's, towards `step` (-1 earlier, 1 later), that its sentence reaches
 * from clause to next clause across nothing but quote marks (onlyQuotesBetween).
 */
function clauseAcrossQuotes(ctx: AdContext, t: number, step: -1 | 1): number {
  const { tokens } = ctx;
  const { sentence } = tokens[t]!;
  let clause = tokens[t]!.clause;
  for (let k = t; tokens[k + step]?.sentence === sentence; k += step) {
    const c = tokens[k + step]!.clause;
    if (c !== clause && (c !== clause + step || !onlyQuotesBetween(ctx, Math.min(k, k + step), Math.max(k, k + step)))) break;
    clause = c;
  }
  return clause;
}

/** Does one of tokens from..to (inclusive) open a sentence (opensSentence)? Asked only once a negation word is found. */
function opensSentenceBetween(ctx: AdContext, from: number, to: number): boolean {
  for (let t = from; t <= to; t++) if (opensSentence(ctx, t)) return true;
  return false;
}

/** Index of the token that contains (or follows) an ORIGINAL-text offset. */
function tokenAtOriginal(ctx: AdContext, at: number): number {
  const { tokens, norm } = ctx;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.ends[tokens[mid]!.end - 1]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is token `t` within reach of one of the exclusion tokens, at the rule's scope? */
function excludedAt(ctx: AdContext, rule: Rule, excluded: readonly number[] | undefined, t: number): boolean {
  if (!excluded || excluded.length === 0) return false;
  const scope = rule.excludeScope ?? 'clause';
  if (scope === 'ad') return true;
  const { tokens } = ctx;
  const tok = tokens[t];
  if (!tok) return false;
  // Loops, not some(): this runs for every hit of a rule with exclusions, and a callback is an allocation a call.
  let inSentence = false;
  for (const e of excluded) {
    const x = tokens[e]!;
    if (scope === 'sentence' ? x.sentence === tok.sentence : x.clause === tok.clause) return true;
    if (x.sentence === tok.sentence) inSentence = true;
  }
  if (scope === 'sentence' || !inSentence) return false;
  // The clause reaches across quote marks, as a negation does: "we will never ask you for a
  // "placement fee"" excludes the fee it quotes. Asked only with an exclusion elsewhere in the sentence.
  const first = clauseAcrossQuotes(ctx, t, -1);
  const last = clauseAcrossQuotes(ctx, t, 1);
  for (const e of excluded) {
    const c = tokens[e]!.clause;
    if (c >= first && c <= last) return true;
  }
  return false;
}

function spansOf(ctx: AdContext, h: RawHit): Span[] {
  const { norm, tokens } = ctx;
  if (h.nStart !== undefined && h.nEnd !== undefined) return [toOriginal(norm, h.nStart, h.nEnd)];
  if (h.parts.length === 0) return [toOriginal(norm, tokens[h.from]!.start, tokens[h.to - 1]!.end)];
  return h.parts.map(([f, t]) => toOriginal(norm, tokens[f]!.start, tokens[t - 1]!.end));
}

/** Do the rules a `when` names (by index) stand as it asks? */
function whenHolds(w: WhenIndex, fired: ReadonlyArray<FiredRule | undefined>): boolean {
  for (const i of w.all) if (!fired[i]) return false;
  if (w.any && !w.any.some((i) => fired[i])) return false;
  if (w.atLeast) {
    let n = 0;
    for (const i of w.atLeast.of) if (fired[i]) n++;
    if (n < w.atLeast.n) return false;
  }
  for (const i of w.none) if (fired[i]) return false;
  return true;
}

/**
 * Adds the spans of the rules a `when` names to `spans`, and their variables to `vars` where the rule
 * has not set them itself (the first part named wins among parts).
 */
function addWhenParts(w: WhenIndex, fired: ReadonlyArray<FiredRule | undefined>, spans: Span[], vars: Vars): void {
  for (const i of w.parts) {
    const f = fired[i];
    if (!f) continue;
    for (const s of f.spans) spans.push(s);
    for (const k in f.vars) if (!(k in vars)) vars[k] = f.vars[k]!;
  }
}

/** Sorted, de-duplicated spans (sorts `spans` in place: callers pass an array of their own). */
export function mergeSpans(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  // Spans usually arrive in order (one pattern's hits, in text order): sort only when they do not.
  let sorted = true;
  for (let i = 1; i < spans.length && sorted; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    sorted = a.start < b.start || (a.start === b.start && a.end <= b.end);
  }
  if (!sorted) sortSmall(spans, (a, b) => a.start - b.start || a.end - b.end);
  let n = 1;
  for (let i = 1; i < spans.length; i++) {
    const s = spans[i]!;
    const last = spans[n - 1]!;
    if (last.start === s.start && last.end === s.end) continue;
    spans[n++] = s;
  }
  spans.length = n;
  return spans;
}

/** What a fired rule shows: its hits that stand, their spans with its parts' (merged), its variables. */
interface Evidence {
  hits: Hit[];
  spans: Span[];
  vars: Vars;
}

/**
 * A fired internal signal, whose evidence is gathered on first use. Signals are asked mostly whether
 * they fired (by the `when` of other rules, and by the "not stated" checks); their spans and variables
 * matter only as parts of a rule that is reported. On a dense 250-word ad some 38 signals fire and
 * about 9 are such parts: the spans of the rest are never mapped, merged or sorted. The evidence is
 * the same whenever it is gathered: the rules and facts it reads were settled before.
 */
class DeferredSignal implements FiredRule {
  private evidence: Evidence | undefined;
  constructor(
    readonly rule: Rule,
    private readonly from: Evaluation,
    private readonly index: number,
  ) {}
  private get all(): Evidence {
    return (this.evidence ??= this.from.gather(this.index)!);
  }
  get hits(): Hit[] {
    return this.all.hits;
  }
  get spans(): Span[] {
    return this.all.spans;
  }
  get vars(): Vars {
    return this.all.vars;
  }
}

/**
 * One evaluation of the rules over an ad: the ad's hits by rule, the rules fired so far, and the fact
 * results computed so far, which the signals that defer their evidence read later. An object with
 * methods, not closures, so that each deferred signal costs one small object.
 */
class Evaluation {
  readonly byRule: Array<RawHit[] | undefined>;
  readonly firedAt: Array<FiredRule | undefined>;
  /** Several rules ask the same fact with the same parameters: each is computed once per ad. */
  private readonly factResults: Array<PredicateResult | null | undefined>;

  constructor(
    private readonly c: CompiledRules,
    private readonly ctx: AdContext,
    private readonly m: MatchResult,
  ) {
    this.byRule = new Array(c.rules.length);
    for (const h of m.hits) {
      const list = this.byRule[h.rule];
      if (list) list.push(h);
      else this.byRule[h.rule] = [h];
    }
    this.firedAt = new Array(c.rules.length);
    this.factResults = new Array(c.factCount);
  }

  private factResult(ri: number, k: number): PredicateResult | null {
    const { c } = this;
    const id = c.factIds[ri]![k]!;
    let r = this.factResults[id];
    if (r === undefined) {
      const p = c.facts[ri]![k]!;
      this.factResults[id] = r = PREDICATES[p.fact](this.ctx, p.params ?? {});
    }
    return r;
  }

  /**
   * Does a hit stand: no exclusion in its reach, no negation? A proximity match is cancelled by an
   * exclusion at either side (its `from` is one of them): the two sides may stand in different clauses
   * ("salary 900 USD (after 2 months of trial it can grow)").
   */
  private stands(rule: Rule, h: RawHit, excluded: readonly number[] | undefined): boolean {
    const { ctx } = this;
    if (h.parts.length > 1) {
      for (const part of h.parts) if (excludedAt(ctx, rule, excluded, part[0])) return false;
    } else if (excludedAt(ctx, rule, excluded, h.from)) return false;
    return !(rule.negatable && negated(this.c, ctx, h));
  }

  /** Exclusions cancel fact evidence too ("15 years of experience" is not an age). */
  private factSpans(rule: Rule, r: PredicateResult, excluded: readonly number[] | undefined): Span[] {
    const { ctx } = this;
    return ctx.tokens.length === 0 || !excluded ? r.spans : r.spans.filter((s) => !excludedAt(ctx, rule, excluded, tokenAtOriginal(ctx, s.start)));
  }

  /** Does rule `ri` fire? What gather() decides, without building the evidence. */
  fires(ri: number): boolean {
    const rule = this.c.rules[ri]!;
    if (rule.patterns.length === 0) return true;
    const raw = this.byRule[ri];
    const excluded = this.m.excludes.get(ri);
    if (raw) for (const h of raw) if (this.stands(rule, h, excluded)) return true;
    for (let k = 0; k < this.c.facts[ri]!.length; k++) {
      const r = this.factResult(ri, k);
      if (r && this.factSpans(rule, r, excluded).length > 0) return true;
    }
    return false;
  }

  /** Rule `ri`'s evidence, or null when it has patterns and none of them stands. */
  gather(ri: number): Evidence | null {
    const { c, ctx } = this;
    const rule = c.rules[ri]!;
    const raw = this.byRule[ri];
    const excluded = this.m.excludes.get(ri);
    const hits: Hit[] = [];
    const spans: Span[] = [];
    const vars: Vars = {};
    if (raw) {
      for (const h of raw) {
        if (!this.stands(rule, h, excluded)) continue;
        const hs = spansOf(ctx, h);
        hits.push({ patternId: h.pattern, spans: hs });
        for (const x of hs) spans.push(x);
      }
    }
    const facts = c.facts[ri]!;
    for (let k = 0; k < facts.length; k++) {
      const r = this.factResult(ri, k);
      if (!r) continue;
      const fs = this.factSpans(rule, r, excluded);
      if (fs.length > 0) {
        hits.push({ patternId: facts[k]!.id, spans: fs });
        for (const x of fs) spans.push(x);
        Object.assign(vars, r.vars);
      }
    }
    if (rule.patterns.length > 0 && hits.length === 0) return null;
    const when = c.when[ri];
    if (when) addWhenParts(when, this.firedAt, spans, vars);
    const merged = mergeSpans(spans);
    if (merged[0]) vars.match ??= ctx.norm.original.slice(merged[0].start, merged[0].end);
    return { hits, spans: merged, vars };
  }
}

export function evaluateRules(c: CompiledRules, ctx: AdContext, m: MatchResult, disabled: ReadonlySet<string>): Map<string, FiredRule> {
  const e = new Evaluation(c, ctx, m);
  const { byRule, firedAt } = e;
  const fired = new Map<string, FiredRule>();
  const { hitsOnly } = c;
  for (const ri of c.order) {
    // Most rules cannot fire on a given ad: leave before allocating anything.
    if (hitsOnly[ri] === 1 && !byRule[ri]) continue;
    const rule: Rule = c.rules[ri]!;
    if (disabled.size > 0 && disabled.has(rule.id)) continue;
    const when = c.when[ri];
    if (when && !whenHolds(when, firedAt)) continue;
    let f: FiredRule;
    if (rule.kind === 'signal') {
      if (!e.fires(ri)) continue;
      f = new DeferredSignal(rule, e, ri);
    } else {
      const evidence = e.gather(ri);
      if (!evidence) continue;
      f = { rule, ...evidence };
    }
    fired.set(rule.id, f);
    firedAt[ri] = f;
  }
  return fired;
}

/**
 * Could switching off the rules `off` (indices) change what else fires? Only through a rule that
 * names one of them in its `when.none` and that they kept from firing: its `when` holds once they are
 * ignored, and it could fire (it has hits, or needs none). A rule kept out for another reason stays
 * out, and so does every rule after it that depends on it. When this says no, evaluating again with
 * `off` switched off fires the same rules, less those of `off`.
 */
export function noneGuardMatters(c: CompiledRules, m: MatchResult, fired: ReadonlyMap<string, FiredRule>, off: ReadonlySet<number>): boolean {
  const firedAt: Array<FiredRule | undefined> = new Array(c.rules.length);
  for (const [id, f] of fired) {
    const i = c.byId.get(id);
    if (i !== undefined && !off.has(i)) firedAt[i] = f;
  }
  let withHits: Set<number> | undefined;
  for (let ri = 0; ri < c.rules.length; ri++) {
    const w = c.when[ri];
    if (!w || firedAt[ri] || off.has(ri) || !w.none.some((i) => off.has(i))) continue;
    if (c.hitsOnly[ri] === 1 && !(withHits ??= new Set(m.hits.map((h) => h.rule))).has(ri)) continue;
    if (whenHolds(w, firedAt)) return true;
  }
  return false;
}

/**
 * The categories of the lures the text warns against: indicators whose pattern hits a negation word
 * cancels ("паспортуңузду эч кимге бербеңиз", "не платите за трудоустройство"). src/engine/notice.ts
 * asks it of a text with a notice signal and no way to reach a recruiter.
 */
export function negatedLures(c: CompiledRules, ctx: AdContext, m: MatchResult): Set<string> {
  const out = new Set<string>();
  for (const h of m.hits) {
    const rule = c.rules[h.rule]!;
    if (rule.kind === 'indicator' && rule.negatable && !out.has(rule.category) && negated(c, ctx, h)) out.add(rule.category);
  }
  return out;
}
