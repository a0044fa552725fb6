/**
 * Case forms of Russian place names. Porter stems proper names unevenly ("казахстан" -> "казахста"
 * but "казахстане" -> "казахстан"; "корея" -> "коре" but "корее" -> "кор"), so the gazetteer adds the
 * common case forms of each name's last word and lets every form's stem into the trie.
 */
// Ending to replace -> endings of the common cases (a consonant ending is kept and extended).
const FORMS: Array<[RegExp, string[]]> = [
  [/ия$/, ['ия', 'ии', 'ию', 'ией']],
  [/я$/, ['я', 'и', 'ю', 'е', 'ей']],
  [/а$/, ['а', 'ы', 'и', 'е', 'у', 'ой']],
  [/й$/, ['й', 'я', 'ю', 'е', 'ем']],
  [/ь$/, ['ь', 'и', 'я', 'ю', 'е', 'ью', 'ем']],
  [/(?<=[бвгджзклмнпрстфхцчшщ])$/, ['', 'а', 'у', 'е', 'ом']],
];

export function russianCaseForms(name: string): string[] {
  const words = name.split(' ');
  const last = words.pop()!;
  // Short or indeclinable names (Алматы, Сочи, ОАЭ, Баку) stay as they are.
  if (last.length < 4 || /^[\p{Lu}\d]+$/u.test(last)) return [name];
  for (const [re, endings] of FORMS) {
    if (!re.test(last)) continue;
    const base = last.replace(re, '');
    return [...new Set([name, ...endings.map((e) => [...words, base + e].join(' '))])];
  }
  return [name];
}
