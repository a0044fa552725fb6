/**
 * Word lists that tell the languages of an ad apart (used by detect.ts). Each list holds words that
 * are frequent in job ads and rare in the other languages of the region; the tests in
 * tests/language.test.ts and the corpora keep them honest.
 */

/**
 * Frequent Kyrgyz words: function words, pronouns, numbers, and the job-ad vocabulary (work, pay,
 * housing, requirements, calls to action). Written with ң ө ү; detect.ts compares them folded to
 * н о у, so the forms typed on a Russian keyboard count too. None of them is a Russian word once folded.
 */
export const KYRGYZ_WORDS = [
  // function words, pronouns, particles
  'жана', 'менен', 'үчүн', 'керек', 'бар', 'жок', 'эмес', 'эле', 'гана', 'дагы', 'деп', 'же', 'ал', 'алар', 'анын', 'аларга',
  'бул', 'ушул', 'ошол', 'мен', 'сен', 'биз', 'сиз', 'бизге', 'сизге', 'бизде', 'сизде', 'биздин', 'сиздин', 'бизден', 'өзүбүз',
  'өзүңүз', 'өзү', 'ким', 'эмне', 'кайда', 'качан', 'канча', 'чейин', 'кийин', 'мурун', 'баштап', 'боюнча', 'аркылуу', 'тууралуу',
  'үчүн', 'ар', 'бир', 'эки', 'үч', 'төрт', 'беш', 'алты', 'жети', 'сегиз', 'тогуз', 'жүз', 'миң', 'абдан', 'өтө', 'көп', 'аз',
  'болот', 'болсо', 'болуп', 'болсун', 'болгон', 'экен', 'жатат', 'турат',
  // the job ad vocabulary
  'жумуш', 'жумушка', 'жумушу', 'жумушчу', 'жумушчулар', 'иш', 'ишке', 'иште', 'иштөө', 'иштейсиз', 'маяна', 'айлык', 'айына',
  'күнүнө', 'саатына', 'жумасына', 'акча', 'акы', 'акысы', 'акысыз', 'бекер', 'тамак', 'жатакана', 'турак', 'жай', 'үй', 'үй-бүлө',
  'кыз', 'кыздар', 'кыздарга', 'аял', 'аялдар', 'эркек', 'эркектер', 'жигит', 'жигиттер', 'балдар', 'бала', 'жаш', 'жаштагы',
  'жаштан', 'жыл', 'ай', 'күн', 'саат', 'жума', 'шарт', 'шарттар', 'шарты', 'түзүлгөн', 'түзүлөт', 'келишим', 'келишими', 'талаптар',
  'талап', 'милдеттер', 'милдеттери', 'дарек', 'дареги', 'кеңсе', 'кеңсебиз', 'көчөсү', 'кабат', 'орун', 'орундар', 'тажрыйба',
  'тажрыйбасы', 'кызмат', 'кызматкер', 'кызматкерлер', 'чет', 'өлкө', 'өлкөгө', 'өлкөдө', 'мамлекет', 'шаар', 'айыл', 'тил', 'тили',
  'билүү', 'жакшы', 'жогору', 'жеңил', 'оор', 'тез', 'бат', 'азыр', 'эртең', 'бүгүн', 'толук', 'кошумча', 'жаңы', 'кепилдик',
  'маалымат', 'кененирээк', 'толугураак', 'корей', 'той', 'ишеним', 'байланыш', 'расмий', 'ассалоому',
  // verbs of job ads
  'керектелет', 'кабыл', 'алат', 'алабыз', 'издейт', 'издейбиз', 'чакырабыз', 'төлөйт', 'төлөйбүз', 'берилет', 'берет', 'беребиз',
  'жазыңыз', 'жазгыла', 'чалыңыз', 'чалгыла', 'кайрылыңыз', 'келиңиз', 'жөнөйбүз', 'жөнөйт', 'үйрөтөбүз', 'сунуштайбыз', 'сунуштайт',
  'жибериңиз', 'кармалат', 'табасыз', 'иштейт', 'жашайсыз',
];

/**
 * Russian function words and the most frequent words of Russian job ads. Words Kyrgyz shares
 * ("же", "да", "он") and loanwords Kyrgyz posts use as they are (график, компания, вахта) are left
 * out: they would turn Kyrgyz sentences Russian.
 */
export const RUSSIAN_WORDS = [
  'в', 'во', 'на', 'и', 'с', 'со', 'по', 'для', 'от', 'до', 'не', 'ни', 'что', 'это', 'как', 'за', 'из', 'у', 'о', 'об', 'при', 'без',
  'или', 'но', 'а', 'ли', 'бы', 'мы', 'вы', 'вас', 'нас', 'вам', 'нам', 'все', 'всё', 'всех', 'есть', 'будет', 'будут', 'наш', 'наша',
  'наши', 'ваш', 'ваша', 'ваши', 'если', 'только', 'также', 'очень', 'можно', 'нужно', 'надо', 'там', 'здесь', 'тут', 'сразу',
  'потом', 'после', 'через', 'под', 'про', 'уже', 'ещё', 'еще', 'тоже', 'даже', 'который', 'которые', 'где', 'когда', 'куда', 'так',
  'его', 'её', 'их', 'они', 'она', 'я', 'ты', 'тебя', 'тебе', 'меня', 'мне', 'сначала', 'лет', 'года', 'год',
  'требуется', 'требуются', 'нужен', 'нужна', 'нужны', 'работа', 'работу', 'работы', 'работе', 'зарплата', 'опыт', 'опыта', 'оплата',
  'звоните', 'пишите', 'условия', 'предоставляется', 'проживание', 'питание', 'месяц', 'день', 'час', 'срочно',
  'обязанности', 'выезд', 'ищем', 'ищет', 'ищу', 'набираем', 'приглашаем', 'предлагаем', 'нет',
];

/** English function words and the most frequent words of English job ads: evidence of English prose. */
export const ENGLISH_WORDS = [
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'we', 'you', 'your', 'our', 'us', 'is', 'are',
  'be', 'will', 'can', 'per', 'as', 'this', 'that', 'all', 'not', 'only', 'if', 'have', 'has', 'who', 'please', 'now', 'must', 'more',
  'apply', 'send', 'call', 'write', 'contact', 'salary', 'job', 'jobs', 'work', 'needed', 'wanted', 'hiring', 'required', 'experience',
  'month', 'day', 'hour', 'week', 'free', 'good', 'girls', 'staff', 'basic', 'english', 'provided', 'paid', 'pay', 'visa', 'ticket',
  'offer', 'looking', 'requirements', 'responsibilities', 'benefits', 'accommodation', 'housing', 'meals',
];

/**
 * Latin words that are not evidence of any language in a Cyrillic post: messenger and brand names,
 * e-mail and web parts, currency and programme codes, and "no" (NFKC turns "№" into "no").
 */
export const NEUTRAL_LATIN = [
  'whatsapp', 'telegram', 'viber', 'instagram', 'insta', 'wechat', 'tiktok', 'facebook', 'imo', 'signal', 'youtube', 'gmail', 'mail',
  'email', 'e', 'com', 'ru', 'kg', 'kz', 'org', 'net', 'www', 'http', 'https', 'dm', 'tg', 'vk', 'ok', 'usd', 'eur', 'aed', 'kgs', 'rub',
  'krw', 'cny', 'kzt', 'vip', 'spa', 'hr', 'cv', 'it', 'id', 'no', 'ooo', 'llc', 'ltd', 'eps', 'topik', 'eta', 'sms', 'pdf', 'pc', 'ascii',
];

/** Russian written in Latin letters: frequent words of job ads that are not English words. */
export const TRANSLIT_RUSSIAN_WORDS = [
  'rabota', 'raboty', 'rabotu', 'rabote', 'devushki', 'devushek', 'devushka', 'zarplata', 'zp', 'oplata', 'dlya', 'bez', 'opyta', 'opyt',
  'let', 'zhile', 'zhilye', 'pitanie', 'v', 'na', 'ot', 'po', 'za', 'iz', 'ili', 'ne', 'nuzhny', 'nuzhen', 'nuzhna', 'vakhta',
  'vahta', 'vakhtu', 'vahtu', 'trebuyutsya', 'trebuetsya', 'srochno', 'mesyac', 'mesyats', 'bilet', 'vizu', 'pasport', 'pasporta',
  'oformlenie', 'dubae', 'turtsiyu', 'koreyu', 'koree', 'moskve', 'rossii', 'pishite', 'zvonite', 'zvonit', 'pishi', 'zvoni', 'chas',
  'den', 'tysyach', 'grafik', 'smena', 'vyezd', 'zavtra', 'segodnya', 'dolg', 'dogovor', 'dogovora', 'kompaniya', 'kompanii', 'parni',
  'tolko', 'vse', 'ochen', 'mozhno', 'nado', 'budet', 'vy', 'vas', 'nas', 'vam', 'nam', 'nash', 'nasha', 'nashe', 'vash', 'esli',
  'kak', 'chto', 'eto', 'takzhe', 'gde', 'kogda', 'potom', 'posle', 'cherez', 'uzhe', 'obshenie', 'obshchenie', 'priyatnoy', 'vneshnosti',
  'intima', 'nuzhno', 'delaem', 'sami', 'sklad', 'stroyka', 'stroika',
];

/**
 * Kyrgyz written in Latin letters: frequent words of job ads and marriage offers that are not English
 * words (nor common names: "jana", "chet" and "bay" are left out). Several spellings each, as posts
 * write ж as j or zh, ү as u or ü, ы as y.
 */
export const KYRGYZ_LATIN_WORDS = [
  'kerek', 'keregi', 'kerektelet', 'jumush', 'jumushu', 'jumushka', 'jumushta', 'jumushchu', 'jumushchular', 'zhumush', 'zhumushka',
  'ishke', 'ishtee', 'ishteyt', 'ishtoo', 'ishtöö', 'aylyk', 'ailyk', 'aylygy', 'ailygy', 'mayana', 'maiana', 'menen',
  'uchun', 'üchün', 'boyuncha', 'boiuncha', 'jok', 'emes', 'bolot', 'bolso', 'bolush', 'kyz', 'kyzdar', 'kyzdarga', 'kyzdardy',
  'jigit', 'jigitter', 'kelinder', 'beker', 'akysyz', 'jatakana', 'tamak', 'chalynyz', 'chalyngyz', 'chalgyla', 'jazynyz',
  'jazyngyz', 'jazgyla', 'kaalagan', 'kaalagandar', 'izdep', 'izdeyt', 'izdeit', 'jatat', 'tajryiba', 'tajryibasy', 'tajrybasy',
  'shaarynda', 'olkogo', 'ölkögö', 'olkodo', 'ölködö', 'turmushka', 'kuyoo', 'kuyoolor', 'küyöö', 'kyzmat', 'akysy', 'agenttik',
  'agenttiktin', 'jashy', 'jashtagy', 'suroto', 'sürötü', 'surotu', 'sizge', 'bizge', 'kelgile', 'keliniz', 'jiberiniz', 'jibergile',
  'jonoybuz', 'jönöybüz', 'jonoyt', 'erten', 'bugun', 'bügün', 'kunu', 'künü', 'kununo', 'ayyna', 'aiyna', 'saatyna',
  'kochosu', 'köchösü', 'chaypul', 'tiguuchu', 'tigüüchü', 'jenil', 'jogoru', 'joguru', 'kyzdary',
];

/**
 * Kyrgyz words typed in Latin letters that are also English words the English rules read: "bar"
 * (there is: "jatakana bar", free housing) read as a bar to work in, and "men" (I) as men wanted. In a
 * sentence of Kyrgyz typed in Latin letters the English rules and gazetteer do not read them.
 */
export const KYRGYZ_LATIN_HOMOGRAPHS = ['bar', 'men'];
