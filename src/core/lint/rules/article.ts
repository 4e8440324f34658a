import { sentenceRule, type Word } from '../rule-types';

/**
 * a/an by sound, not by letter. Conventions (documented in docs/rules.md#article):
 * - acronyms are read letter by letter ("an MVP", "an HTTP call", "a URL", "a UI") unless they are said as a word
 *   ("a JSON file", "a NASA mission", "an ISO date");
 * - SQL, FAQ and a few others are read both ways, so both articles are accepted;
 * - a silent h takes "an" (an hour, an honest), "one" and "you"-sounding u/eu take "a" (a one-off, a user, a European,
 *   a unicorn).
 */
type Article = 'a' | 'an' | 'either';

/** Acronyms said as words, with the article their spoken form takes. */
const SAID_AS_WORD: Record<string, Article> = {
  NASA: 'a', JSON: 'a', YAML: 'a', JPEG: 'a', GIF: 'a', LAN: 'a', WAN: 'a', RAM: 'a', ROM: 'a', SAAS: 'a', PAAS: 'a',
  SCSI: 'a', NATO: 'a', GUI: 'a', POSIX: 'a', CRUD: 'a', REST: 'a', WASM: 'a', TOML: 'a', CAPTCHA: 'a', LIDAR: 'a',
  JAR: 'a', WAR: 'a', PNG: 'a', NAT: 'a', DAG: 'a', VPN: 'a', CORS: 'a', CAP: 'a', GAN: 'a', SPA: 'either',
  ASCII: 'an', AJAX: 'an', OAUTH: 'an', ISO: 'an', IEEE: 'an', IKEA: 'an', OKR: 'an', ORM: 'an', UNIX: 'a', UTF: 'a',
  SQL: 'either', FAQ: 'either', URI: 'either', URL: 'a', SVG: 'an', LINQ: 'a', NGINX: 'an', ETL: 'an', ESLINT: 'an',
  HTTP: 'an', HTTPS: 'an', HTML: 'an', XML: 'an', SSH: 'an', SSL: 'an', MVP: 'an', API: 'an', NPM: 'an', LLM: 'an',
  REPL: 'a', RAG: 'a', SQLITE: 'either', GIT: 'a', LOT: 'a', NOTE: 'a', WARNING: 'a', IMPORTANT: 'an', TODO: 'a',
};
/** Words that never follow an article: "a is" or "a in" is a variable called a, not an article. */
const NOT_AFTER_ARTICLE = new Set(['is', 'in', 'of', 'and', 'or', 'to', 'as', 'at', 'by', 'on', 'was', 'are', 'be',
  'if', 'it', 'the', 'an', 'a', 'for', 'with', 'from', 'has', 'will', 'can', 'not', 'then', 'but', 'so']);
/** Letters whose name starts with a vowel sound: A E F H I L M N O R S X. */
const VOWEL_LETTER_NAMES = new Set('AEFHILMNORSX'.split(''));
const SILENT_H = /^(hour|honest|honor|honour|heir|herb)/;
const YOU_SOUND = /^(uni(?![nm]|dentif)|use|usu|usa|uti|ura|ure|uri|uro|ubiq|uk|eu|ewe|uganda|ukulele|ufo|url|uuid|uml|uri|usb|ux(?![a-z])|ui(?![a-z]))/;
const ONE_SOUND = /^(one|once)(?![a-z])|^one-/;
/** h-words with an unstressed first syllable: "a historic" and "an historic" are both in good use. */
const EITHER_WORDS = /^(herb|histor(ic|ical)|hotel|hypoth|hyperb|hysteri|habitual|harmonious|heroic|hallucin|hilarious|horrific|humiliat|homogen|heredit|heuristic)/;
/** Consonant pairs that can open an English word: an acronym opening with any other pair is spelled out (FBI, MRI, NBA). */
const ONSETS = /^(bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kl|kn|ph|pl|pr|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|tw|wh|wr|[^AEIOUY][AEIOUY]|[AEIOUY])/i;

/** The article the word takes when read aloud, or null when unsure. */
export function expectedArticle(word: Word): Article | null {
  const t = word.text;
  if (word.cjk) return null;
  const c = t[0]!;
  if (c >= '0' && c <= '9') {
    const digits = /^\d+/.exec(t)![0];
    if (c === '8') return 'an';
    if ((digits === '11' || digits === '18') || (digits.length === 5 && /^1[18]/.test(digits))) return 'an';
    return 'a';
  }
  // The first part of a compound decides: "an MSRV-aware", "an LLM-powered".
  const head = t.split(/[-_.]/)[0]!;
  const letters = head.replace(/[^A-Za-z]/g, '');
  if (letters.length === 0) return null;
  const upper = letters.toUpperCase();
  const byLetter = VOWEL_LETTER_NAMES.has(upper[0]!) ? 'an' : 'a';
  // A name in mixed case built on an acronym is read like it: "an SQLite file" and "a SQLite file" both stand.
  if (/[A-Z][^A-Z]*[A-Z]/.test(letters) && /[a-z]/.test(letters) && SAID_AS_WORD[upper]) return SAID_AS_WORD[upper]!;
  const isAcronym = letters.length >= 2 && /^[A-Z]+s?$/.test(letters) && /[A-Z]{2}/.test(letters);
  if (isAcronym) {
    const base = upper.endsWith('S') && letters.endsWith('s') ? upper.slice(0, -1) : upper;
    const said = SAID_AS_WORD[base];
    if (said) return said;
    // With no vowel it can only be spelled out (an MSRV); with vowels it may be said as a word (a LOT, a RAG), so
    // only judge it when both readings agree.
    if (!/[AEIOUY]/.test(base) || !ONSETS.test(base)) return byLetter;
    const asWord = expectedForWord(base.toLowerCase());
    return asWord === byLetter ? byLetter : 'either';
  }
  // A single letter, alone or before digits, is said by its name: "an F", "a B", "an x86", "an S3 bucket".
  if (/^[A-Za-z](?:\d|$)/.test(head)) return byLetter;
  // A lower-case word with no vowel is spelled out too: "an npm package", "an swc plugin".
  if (/^[bcdfghjklmnpqrstvwxz]{2,}$/.test(head)) return byLetter;
  return expectedForWord(word.lower);
}

function expectedForWord(lower: string): Article | null {
  if (EITHER_WORDS.test(lower)) return 'either';
  if (SILENT_H.test(lower) || /^eule?r/.test(lower)) return 'an';
  if (ONE_SOUND.test(lower)) return 'a';
  if (/^[aeiou]/.test(lower)) return YOU_SOUND.test(lower) ? 'a' : 'an';
  if (/^x-/.test(lower)) return 'an';
  if (/^[a-z]/.test(lower)) return 'a';
  return null;
}

export default sentenceRule({
  id: 'article',
  description: 'A wrong a/an (a hour, an user, a index): the article follows the sound of the next word.',
  defaultSeverity: 'warning',
  strict: { calm: 'Already calm: a wrong a/an is a slip a reader notices, and words read both ways (*an historic*, *a SQL*) accept both articles (8 findings in 246k words of others\' posts, all right when judged by hand). The same in both presets.' },
  fixable: true,
  scope: 'sentence',
  options: {},
  why: '"A" goes before a consonant sound and "an" before a vowel sound; a wrong one trips the reader.',
  example: { bad: 'It took a hour to find an user with a index.', good: 'It took an hour to find a user with an index.' },
  notes: 'By sound, not spelling. Conventions: an acronym is read letter by letter (*an MVP*, *an HTTP call*, *an SSH key*, *a URL*, *a UI*) unless it is said as a word (*a JSON file*, *a NASA mission*, *a GUI*, *an ISO date*); *SQL*, *FAQ*, *URI* and words like *herb*, *historic*, *hotel* are said both ways, so both articles are accepted. A silent *h* takes *an* (*an hour*, *an honest*, *an heir*); *one* and a *you*-sounding *u*/*eu* take *a* (*a one-off*, *a user*, *a unicorn*, *a European*, *a URL*); *an 8*, *an 11*, *an 18*; single capital letters by their name (*an F*, *a B*). A capital *A* in mid-sentence is a label (*Option A*), not an article. The fix replaces the article and keeps its capital.',
  examples: {
    ok: ['It took an hour.', 'Ask a user.', 'Ship an MVP.', 'Open a URL.', 'A one-off script.', 'A European team.', 'A unicorn.', 'Use an SQL query or a SQL query.', 'Keep an SQLite file or a SQLite file.', 'Option A is better.', 'An 8-core machine.', 'An x86 port.', 'An LLM-powered app.', 'Say a is an int.', 'A LOT of work.', 'An historic release.', 'A historic release.', 'An hypothesis.', 'A usb stick.', 'A "useful" trick.'],
    notOk: ['It took a hour.', 'Ask an user.', 'Add a index.', 'Ship a MVP.', 'Open an URL.', 'An one-off script.', 'He was a FBI agent.', 'Call it a "easy" fix.', 'Plug in an USB stick.'],
  },
  check(ctx) {
    const out = [];
    const { words, sentence } = ctx;
    if (sentence.cjk) return [];
    for (let i = 0; i + 1 < words.length; i++) {
      const art = words[i]!;
      if (art.lower !== 'a' && art.lower !== 'an') continue;
      // A capital A in mid-sentence is a label ("Option A", "Plan A"), not an article.
      if (art.text[0] === 'A' && i > 0) continue;
      if (art.text === 'A' && words[i + 1] && /^(is|was|and|or|to)$/.test(words[i + 1]!.lower)) continue;
      const next = words[i + 1]!;
      // Spaces only, or spaces then an opening quote ('a "apple"' is as wrong as 'a apple').
      if (!/^[ \t\n]+["\u201c\u2018']?$/.test(ctx.block.text.slice(art.end, next.start))) continue;
      if (NOT_AFTER_ARTICLE.has(next.lower)) continue;
      const want = expectedArticle(next);
      if (!want || want === 'either' || want === art.lower) continue;
      const replacement = want === 'an' ? (art.text[0] === 'A' ? 'An' : 'an') : (art.text[0] === 'A' ? 'A' : 'a');
      out.push({
        messageId: want === 'an' ? 'beforeVowel' : 'beforeConsonant',
        data: { article: want, word: next.text },
        range: { start: art.start, end: next.end },
        fix: { titleId: 'fix.replace', data: { replacement }, edits: [{ range: { start: art.start, end: art.end }, newText: replacement }] },
      });
    }
    return out;
  },
});
