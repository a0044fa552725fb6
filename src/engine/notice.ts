/**
 * Warning notices. A safe-migration notice quotes or lists the lures it warns about, so the rules for
 * those lures name the notice signals (`notice: true`) in `when.none`. That guard is easy to borrow: a
 * recruiter can paste "This is not human trafficking" under an offer. noticeChecked keeps it only for
 * a text that reads as a notice, and otherwise evaluates the rules again with the notice signals off.
 */
import type { CompiledRules } from './compile.js';
import { evaluateRules, negatedLures, noneGuardMatters } from './evaluate.js';
import type { AdContext, FiredRule } from './types.js';
import type { Facts } from '../extract/types.js';
import type { MatchResult } from '../match/run.js';
import { toOriginal } from '../text/normalize.js';
import { quotedPhrases, warningListItems } from '../text/quotes.js';

/**
 * The fired rules, with the notice signals' guard kept only for a notice: a text that quotes a lure,
 * or gives no way to reach a recruiter and either warns against lures of two kinds (negates them:
 * "do not give your passport", "do not pay for the job"), names each lure it holds back in a
 * sentence with a notice signal's evidence ("Before you accept work abroad, check the agency
 * licence"), or warns before one of them. A notice's words pasted under an offer do none of these,
 * even under a post that leaves contact to the platform ("Send photos to apply"): they come after its
 * lures, which stand in sentences of their own, and one "No registration fee" is what offers say too.
 * (Only the rules are evaluated again: matches and facts do not depend on which rules are on.)
 */
export function noticeChecked(compiled: CompiledRules, ctx: AdContext, matches: MatchResult, disabled: ReadonlySet<string>, fired: Map<string, FiredRule>): Map<string, FiredRule> {
  let notices: FiredRule[] | undefined;
  for (const f of fired.values()) if (f.rule.notice === true) (notices ??= []).push(f);
  // Most notices keep nothing from firing that could fire: then there is nothing to evaluate again.
  if (!notices || !noneGuardMatters(compiled, matches, fired, new Set(notices.map((f) => compiled.byId.get(f.rule.id)!)))) return fired;
  const off = new Set(disabled);
  for (const f of notices) off.add(f.rule.id);
  const plain = evaluateRules(compiled, ctx, matches, off);
  if (quotesALure(ctx, plain)) return fired;
  // No F1 or F4 rule names a notice signal, so `fired` and `plain` agree on reaching a recruiter.
  const sentenceOf = sentenceFinder(ctx);
  if (!reachesRecruiter(ctx.facts, fired, reportingSentences(notices, sentenceOf), sentenceOf) && (negatedLures(compiled, ctx, matches).size >= 2 || luresBesideNotices(plain, fired, notices, sentenceOf) || warnsBeforeALure(plain, fired, notices))) return fired;
  // The notice signals stay on record (trace shows them), guarding nothing.
  for (const f of notices) plain.set(f.rule.id, f);
  return plain;
}

/**
 * Does an indicator have evidence inside a quoted phrase of the text, or an item of a list of warning
 * signs (quotes.ts)? The list's opening line is read in the normalised text, where split, stretched
 * and leet letters are folded, and its items mapped back to the original.
 */
function quotesALure(ctx: AdContext, fired: ReadonlyMap<string, FiredRule>): boolean {
  const { norm } = ctx;
  const listed = warningListItems(norm.text).map(([a, b]): [number, number] => {
    const o = toOriginal(norm, a, b);
    return [o.start, o.end];
  });
  const quoted = [...quotedPhrases(norm.original).filter(([a, b]) => !pastedAd(norm.original.slice(a, b))), ...listed];
  if (quoted.length === 0) return false;
  for (const f of fired.values()) {
    if (f.rule.kind !== 'indicator') continue;
    for (const s of f.spans) if (quoted.some(([a, b]) => s.start < b && a < s.end)) return true;
  }
  return false;
}

/**
 * A quotation of three sentences or more is an ad pasted whole ("a girl I met sent me this: "Chat
 * operator in Cambodia. … HR keeps your passport. …" is this ok?"), not a lure a notice quotes.
 */
const SENTENCE_END = /[.!?…](?=\s)/g;
const pastedAd = (quotation: string): boolean => (quotation.match(SENTENCE_END)?.length ?? 0) >= 2;

/**
 * Does the text give a way to reach whoever placed it: a contact, an invitation to private messages
 * (F1), or a recruiter writing in person (F4)? Notices give a helpline at most ("189" is no contact),
 * or where to report an ad ("Подозрительные объявления присылайте админу @…": a contact in a sentence
 * where __notice.report-channel has evidence is for reports, not a recruiter's, and so is F1's evidence
 * there).
 */
function reachesRecruiter(facts: Facts, fired: ReadonlyMap<string, FiredRule>, reporting: ReadonlySet<number>, sentenceOf: (at: number) => number): boolean {
  if (facts.contacts.some((c) => !reporting.has(sentenceOf(c.start)))) return true;
  for (const f of fired.values()) {
    if (f.rule.kind === 'indicator' && (f.rule.category === 'F1' || f.rule.category === 'F4') && f.spans.some((s) => !reporting.has(sentenceOf(s.start)))) return true;
  }
  return false;
}

/** The sentences where the report channel signal has evidence ("report this listing", "подозрительные объявления присылайте"). */
function reportingSentences(notices: readonly FiredRule[], sentenceOf: (at: number) => number): Set<number> {
  const out = new Set<number>();
  for (const n of notices) if (n.rule.id === REPORT_CHANNEL) for (const s of n.spans) out.add(sentenceOf(s.start));
  return out;
}
const REPORT_CHANNEL = '__notice.report-channel';

/** Where the indicators the notices hold back (in `plain`, not in `fired`) have their evidence. */
function heldBackStarts(plain: ReadonlyMap<string, FiredRule>, fired: ReadonlyMap<string, FiredRule>): number[] {
  const out: number[] = [];
  for (const [id, f] of plain) if (f.rule.kind === 'indicator' && !fired.has(id)) for (const s of f.spans) out.push(s.start);
  return out;
}

/** Does every span of every indicator the notices hold back lie in a sentence where a notice signal has evidence? */
function luresBesideNotices(plain: ReadonlyMap<string, FiredRule>, fired: ReadonlyMap<string, FiredRule>, notices: readonly FiredRule[], sentenceOf: (at: number) => number): boolean {
  const warned = new Set<number>();
  for (const n of notices) for (const s of n.spans) warned.add(sentenceOf(s.start));
  return heldBackStarts(plain, fired).every((at) => warned.has(sentenceOf(at)));
}

/**
 * Does a notice signal have evidence before the last lure it holds back ("Осторожно, фейковые
 * вакансии! … «хостес» деп кыздарды чакырган жарнамалар …")? A warning opens or runs through a notice;
 * one pasted under an offer comes after all of its lures.
 */
function warnsBeforeALure(plain: ReadonlyMap<string, FiredRule>, fired: ReadonlyMap<string, FiredRule>, notices: readonly FiredRule[]): boolean {
  let firstWarning = Infinity;
  for (const n of notices) for (const s of n.spans) firstWarning = Math.min(firstWarning, s.start);
  return heldBackStarts(plain, fired).some((at) => at > firstWarning);
}

/** The sentence number of the last token that starts at or before an original-text offset. */
function sentenceFinder(ctx: AdContext): (at: number) => number {
  const { norm, tokens } = ctx;
  const starts = tokens.map((t) => toOriginal(norm, t.start, t.end).start);
  return (at) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return tokens[Math.max(0, lo - 1)]?.sentence ?? -1;
  };
}
