/**
 * Folding for search: case-, accent- and diacritic-insensitive in Latin, Cyrillic, Arabic and
 * Persian script, so that "erdogan" finds "Erdoğan", "خامنه ای" finds "خامنه‌ای" and
 * "мишустин" finds "Мишустин".
 */

/** Arabic-script letters that have a Persian (or plain) twin readers type interchangeably. */
const LETTER_TWINS: Record<string, string> = {
  'ي': 'ی', // Arabic yeh → Persian yeh
  'ى': 'ی', // alef maksura
  'ك': 'ک', // Arabic kaf → Persian keheh
  'ة': 'ه', // teh marbuta
  'ۀ': 'ه', // heh with yeh above
  'ٱ': 'ا', // alef wasla
  'ı': 'i', // Turkish dotless i
  'ß': 'ss',
  'ё': 'е',
  'đ': 'd',
  'ø': 'o',
  'ł': 'l',
};

/** Invisible characters readers never mean to type: zero-width spaces and joiners, direction marks and overrides. */
export const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Removes combining marks (accents, Arabic harakat and hamza marks once decomposed), tatweel,
 * zero-width and bidi controls, and folds case and letter twins; runs of anything that is not a
 * letter or digit become one space.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '') // tatweel
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/[يىكةۀٱıßёđøł]/g, (letter) => LETTER_TWINS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}@_]+/gu, ' ')
    .trim();
}
