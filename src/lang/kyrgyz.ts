/**
 * A Kyrgyz suffix stripper. Kyrgyz is agglutinative: a noun takes plural, possessive and case endings
 * in that order (Дубай-га, Түркия-да, Кыргызстан-дан, жумуш-ка, кыз-дар-ы-на), and each ending has
 * vowel-harmony and consonant-assimilation variants. We strip at most one ending of each class from
 * the end inward, keeping a stem of at least MIN_STEM letters.
 *
 * Many people type Kyrgyz on a Russian keyboard, writing н о у for ң ө ү, so stems are folded to that
 * alphabet first: "Түркияга" and "Туркияга" give the same stem.
 */
const MIN_STEM = 2;

export function foldKyrgyzLetters(word: string): string {
  return word.replace(/ң/g, 'н').replace(/ө/g, 'о').replace(/ү/g, 'у');
}

/** Expand a template like "Д{а,е,о}" into every harmony / assimilation variant (after folding). */
function variants(consonants: string[], vowels: string[], tail = ''): string[] {
  const out: string[] = [];
  for (const c of consonants) for (const v of vowels) out.push(c + v + tail);
  return out;
}
const A = ['а', 'е', 'о']; // a-type vowels after folding (ө -> о)
const I = ['ы', 'и', 'у']; // i-type vowels after folding (ү -> у)

const byLengthDesc = (a: string, b: string): number => b.length - a.length;

const CASE_ENDINGS = [
  // After a 3rd-person possessive the case ending takes an n: кыз-ы-на, үй-ү-нөн, шаар-ы-нда.
  ...variants(['ын', 'ин', 'ун', 'сын', 'син', 'сун'], A),
  ...variants(['ынд', 'инд', 'унд', 'сынд', 'синд', 'сунд'], A),
  ...variants(['ын', 'ин', 'ун', 'сын', 'син', 'сун'], A, 'н'),
  ...variants(['д', 'т'], A, 'н'), // ablative: -дан -тан
  ...variants(['д', 'т'], A), // locative: -да -та
  ...variants(['г', 'к'], A), // dative: -га -ка
  ...variants(['н', 'д', 'т'], I, 'н'), // genitive: -нын -дын -тын
  ...variants(['н', 'д', 'т'], I), // accusative: -ны -ды -ты
  'ча', 'че', 'чо', // equative / "as far as"
  'чейин', // postposition written solid: Москвагачейин is rare, but "чейин" endings appear after dative
].sort(byLengthDesc);

const POSSESSIVE_ENDINGS = [
  ...variants(['ыб', 'иб', 'уб'], ['ы', 'и', 'у'], 'з'), // -ыбыз
  ...variants(['ың', 'ин', 'ун', 'ын'], ['ы', 'и', 'у'], 'з').map((s) => s.replace('ң', 'н')), // -ыңыз
  'ыңар', 'иңер', 'уңар', 'ынар', 'инер', 'унар',
  'ым', 'им', 'ум', 'ын', 'ин', 'ун',
  'сы', 'си', 'су',
].sort(byLengthDesc);

const PLURAL_ENDINGS = variants(['л', 'д', 'т'], A, 'р').sort(byLengthDesc);

function stripOne(word: string, endings: readonly string[]): string {
  for (const e of endings) {
    if (word.length - e.length >= MIN_STEM && word.endsWith(e)) return word.slice(0, -e.length);
  }
  return word;
}

/** One-vowel endings (dative -а after possessive, 3rd-person possessive -ы) strip only after a longer ending or a long stem. */
function stripVowel(word: string): string {
  if (word.length >= MIN_STEM + 2 && /[аеоыиу]$/.test(word) && !/[аеоыиуяю]{2}$/.test(word)) return word.slice(0, -1);
  return word;
}

export function stemKyrgyz(word: string): string {
  const folded = foldKyrgyzLetters(word.toLowerCase());
  let w = folded;
  // Strip to a fixpoint: a root that itself looks like it ends in a case ending (өлкө, "-кө") is cut
  // the same way in its bare and its inflected forms (өлкө, өлкөдө), so phrases and text still agree.
  for (let prev = ''; prev !== w; ) {
    prev = w;
    w = stripOne(stripOne(stripOne(w, CASE_ENDINGS), POSSESSIVE_ENDINGS), PLURAL_ENDINGS);
  }
  // A bare final vowel is too ambiguous to strip on short words (маяна, бала); on long words it is
  // usually the 3rd-person possessive (иштери -> иштер -> иш).
  if (w === folded && w.length >= 7) w = stripVowel(w);
  return w;
}
