/**
 * Marks of the words a later stage looks for at every token, computed once per word when it enters
 * the word table (words.ts) and copied onto each token by tokenize(), whose loop has the word at hand.
 * Why not a per-word slot (perWord): a stage that reads its own slot at every token pays a cache miss
 * per distinct word on the slot's array. The company-name reader did: it cost 3.5-4% of a screen's
 * time on real ads with a slot (scripts/bench-compare.mjs), about 1% with the token's field (its share
 * of a CPU profile).
 *
 * The marks are the anchor words of extract/company-names.ts (companies named in an ad's prose) and
 * the words around them.
 */

export const BE = 1; // is, are
export const ARTICLE = 2; // a, an, the, one (of the)
export const KIND = 4; // what a company is: company, firm, maker, bank…
export const POSSESSED = 8; // what a company has: team, mission, clients…
export const SUFFIX = 16; // last word of a name: Group, Corp…
export const AT = 32;
export const WE = 64; // we, our (after "At Northwind,")
export const NOT_A_NAME = 128; // capitalised at the start of sentences and headings, not names
export const JOIN = 256; // between the words of a name: Bank of Bishkek
export const HIRING = 512; // Northwind is hiring / looking / seeking
export const KIND_BEFORE = 1024; // Russian: компания «Ромашка», в компании ТехноСфера
export const KIND_AFTER = 2048; // Kyrgyz: «Ак Бата» компаниясы, агенттиги «Бактылуу Жол»
export const WE_ARE = 4096; // we're, we’re; мы
export const THIS_IS = 8192; // Russian "это" after a dash: Lamoda — это…
export const ABOUT = 16384;
export const POSSESSIVE = 32768; // northwind's
export const ARE = 65536; // "we are"
/** The words a form of a name starts from; the other marks describe the words around them. */
export const ANCHORS = BE | POSSESSIVE | SUFFIX | AT | WE | WE_ARE | ABOUT | KIND_BEFORE | KIND_AFTER | THIS_IS;

const MARKS = new Map<string, number>();
const words = (list: string, mark: number): void => {
  for (const w of list.split(' ')) MARKS.set(w, (MARKS.get(w) ?? 0) | mark);
};
words('is are', BE);
words('are', ARE);
words('a an the one', ARTICLE);
words(
  'company companies firm agency provider startup start-up leader manufacturer maker organisation organization business consultancy ' +
    'retailer brand platform network group supplier distributor operator chain studio publisher bank insurer hospital clinic school ' +
    'university nonprofit non-profit charity employer producer developer service services marketplace corporation enterprise ' +
    'institution restaurant hotel shop store lab laboratory app family',
  KIND,
);
words('mission vision team clients customers platform product products services headquarters founder founders culture goal office offices', POSSESSED);
// With legal forms that no rule regex reads, as only a capital tells them from a word ("Fonpit AG"). Not
// SA, NV or SpA: "Cape Town, SA", "Las Vegas NV", "Elite SPA".
words('corporation corp incorporated group holding holdings company industries enterprises ventures labs ag bv oy srl sarl', SUFFIX);
words('at', AT);
words('we our', WE);
words(
  'the this that these those it its our we you your there here he she they a an job jobs position role candidate candidates ' +
    'applicant applicants company employer client salary work everything nothing each every who what which hiring looking join ' +
    'apply if as at in on for with about description requirements benefits responsibilities duties location team one all no any ' +
    'some successful ideal new great why how when where please note summary overview profile agency business family everyone my his ' +
    'her their i dear hello hi us today now present first last least times home night heart once growing expanding recruiting seeking ' +
    'мы наш наша наши вы ваш это компания группа',
  NOT_A_NAME,
);
words('of and de', JOIN);
words('hiring looking seeking recruiting', HIRING);
words(
  'компания компании компанию компанией компаний группа холдинг холдинга холдинге банк банка банке сеть сети завод завода заводе ' +
    'фабрика фабрики фабрике магазин магазина магазине магазинов ресторан ресторана ресторане ресторанов отель отеля отеле отелей ' +
    'гостиница гостиницы клиника клиники клинике клиник агентство агентства агентстве корпорация корпорации ' +
    'концерн концерна фирма фирмы фирме студия студии салон салона салонов',
  KIND_BEFORE,
);
words(
  'компаниясы компаниябыз компаниясына фирмасы фирмабыз мекемеси мекемебиз ишканасы ишканабыз агенттиги агенттигибиз тобу ' +
    'дүкөнү дукону ресторану мейманканасы клиникасы банкы',
  KIND_AFTER,
);
words('we’re we\'re мы', WE_ARE);
words('это', THIS_IS);
words('about', ABOUT);

/** The marks of a word (its normalised, lower-case text). */
export function marksOf(word: string): number {
  const m = MARKS.get(word) ?? 0;
  // "northwind's" is one token; its name is the word before the apostrophe.
  const n = word.length;
  const possessive = n > 2 && word.charCodeAt(n - 1) === 0x73 && (word.charCodeAt(n - 2) === 0x27 || word.charCodeAt(n - 2) === 0x2019);
  return possessive ? m | POSSESSIVE : m;
}
