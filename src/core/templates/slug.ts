/**
 * File-name slugs from titles, valid on Windows, macOS and Linux and never empty.
 *
 * Han, kana and Hangul are kept as they are, not transliterated: every current file system, Git, Hugo, Jekyll and
 * the browsers' address bars handle them, and the one well-kept pinyin library (pinyin-pro) would add a ~300 KB
 * dictionary to the extension for names that are less readable to the people who wrote the titles. Latin accents
 * are dropped (café → cafe) because a slug is often typed.
 */

/** Windows refuses these base names, with any extension (`con.md` too). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Used when a title has no letter or digit at all (only emoji or punctuation). */
export const EMPTY_SLUG = 'untitled';
export const MAX_SLUG_LENGTH = 60;

export function isReservedName(name: string): boolean {
  return RESERVED.test(name);
}

export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
  let slug = title
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    // Accents on Latin letters only: removing the marks of kana (が → か) or Hangul would change the word.
    .replace(/(\p{Script=Latin})\p{Mn}+/gu, '$1')
    .normalize('NFC')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const chars = [...slug];
  if (chars.length > maxLength) {
    const cut = chars.slice(0, maxLength).join('');
    const lastDash = cut.lastIndexOf('-');
    slug = (lastDash >= maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
  }
  if (slug === '') return EMPTY_SLUG;
  return isReservedName(slug) ? `${slug}-post` : slug;
}
