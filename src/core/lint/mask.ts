/**
 * Blanks the inline syntax of a prose block so rules only see words a reader reads, at their exact source offsets.
 * Kept: link text, image alt text, emphasised text. Blanked (replaced by spaces, line breaks kept): inline code,
 * inline HTML and HTML comments, link destinations and reference labels, autolinks, bare URLs, math ($…$, $$…$$),
 * emphasis markers, brackets, backslashes of escapes, entities.
 * Markup becomes spaces; CONTENT that is not prose (code, math, URLs, HTML, comments) becomes U+001F, a character
 * that is neither a word nor a space, so "the `x` the" is not a repeated word and "in `order` to" is not a phrase.
 */
export const CONTENT_MARK = '\u001f';

export interface HtmlComment {
  /** Offsets relative to the masked text. */
  start: number;
  end: number;
  /** The comment's inner text (between `<!--` and `-->`). */
  body: string;
}

export interface Masked {
  text: string;
  comments: HtmlComment[];
}

const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\s]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
/** A bare URL ends at a space, `<`, `>`, a curly quote or CJK / full-width punctuation (“。，） never belong to a URL). */
const BARE_URL = /(?:https?:\/\/|ftp:\/\/|www\.|mailto:)[^\s<>\u2018\u2019\u201c\u201d\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]*/iy;
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const FORMATTING_TAG = /^<\/?(?:a|b|i|em|strong|u|s|del|ins|mark|small|sub|sup|span|abbr|kbd|q|cite|dfn|var|samp|font|strike|tt|big)\b/i;

/**
 * Where the loop in maskInline has something to do: a character that opens inline syntax, or the start of a bare URL
 * (h f w m not after a letter or digit, except a Han character or CJK punctuation, which a URL may follow with no
 * space: 见https://example.com; with a URL prefix that BARE_URL would take as longer than 4 characters).
 * Everything in between is plain prose that the loop would step over one character at a time; jumping over it with
 * the regular-expression engine (compiled code from the first call) keeps a cold lint from interpreting that loop.
 */
const SYNTAX = /[\\`<!\[\]*~_$&]|(?<![A-Za-z0-9]|(?![\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uffef])[\u0080-\uffff])(?:https?:\/\/|ftp:\/\/|www\.[^\s<>]|mailto:)/gi;

function isAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code > 127;
}

/**
 * `source` is the block's text with container syntax (list markers, `>`, heading `#`s, table pipes) already
 * replaced by spaces. Returns a string of the same length.
 */
export function maskInline(source: string): Masked {
  const n = source.length;
  // Blank ranges, in order, non-overlapping.
  const blanks: number[] = [];
  const marked: boolean[] = [];
  const comments: HtmlComment[] = [];
  const blank = (from: number, to: number, content = false): void => {
    if (to <= from) return;
    const last = blanks.length - 1;
    if (last > 0 && blanks[last] === from && marked[marked.length - 1] === content) blanks[last] = to;
    else { blanks.push(from, to); marked.push(content); }
  };
  // Searches that failed once fail for every later start too: remembering that keeps pathological input linear.
  let noCommentEnd = false;
  let noDisplayMathEnd = false;
  const noBacktickRun = new Set<number>();
  let parens: Int32Array | null = null;
  let i = 0;
  while (i < n) {
    SYNTAX.lastIndex = i;
    const next = SYNTAX.exec(source);
    if (next === null) break;
    i = next.index;
    const c = source.charCodeAt(i);
    switch (c) {
      case 92: { // \ escape: hide the backslash, keep the escaped character
        if (i + 1 < n && ASCII_PUNCT.test(source[i + 1]!)) { blank(i, i + 1); i += 2; continue; }
        if (i + 1 < n && (source[i + 1] === '\n' || source[i + 1] === '\r')) { blank(i, i + 1); i++; continue; }
        break;
      }
      case 96: { // ` code span
        let k = i;
        while (k < n && source.charCodeAt(k) === 96) k++;
        const len = k - i;
        const close = noBacktickRun.has(len) ? -1 : findBacktickRun(source, k, len);
        if (close < 0) noBacktickRun.add(len);
        if (close >= 0) { blank(i, close + len, true); i = close + len; continue; }
        blank(i, k);
        i = k;
        continue;
      }
      case 60: { // < comment, tag, autolink
        if (source.startsWith('<!--', i)) {
          const close = noCommentEnd ? -1 : source.indexOf('-->', i + 4);
          if (close < 0) noCommentEnd = true;
          if (close >= 0) {
            comments.push({ start: i, end: close + 3, body: source.slice(i + 4, close) });
            blank(i, close + 3, true);
            i = close + 3;
            continue;
          }
          break;
        }
        TAG.lastIndex = i;
        const tag = TAG.exec(source);
        // Formatting tags are markup (spaces); any other tag (an MDX component, <br>, <img>) stands for content.
        if (tag) { blank(i, i + tag[0].length, !FORMATTING_TAG.test(tag[0])); i += tag[0].length; continue; }
        AUTOLINK.lastIndex = i;
        const link = AUTOLINK.exec(source);
        if (link) { blank(i, i + link[0].length, true); i += link[0].length; continue; }
        break;
      }
      case 33: { // ! of an image
        if (source.charCodeAt(i + 1) === 91) { blank(i, i + 2); i += 2; continue; }
        break;
      }
      case 91: { // [
        if (source.charCodeAt(i + 1) === 94) { // footnote reference [^id]
          const close = source.indexOf(']', i);
          if (close > 0 && close - i < 100) { blank(i, close + 1); i = close + 1; continue; }
        }
        blank(i, i + 1);
        i++;
        continue;
      }
      case 93: { // ] possibly followed by (destination) or [label]
        const next = source.charCodeAt(i + 1);
        if (next === 40) {
          parens ??= matchParens(source);
          const close = parens[i + 1]!;
          if (close >= 0) { blank(i, i + 1); blank(i + 1, close + 1, true); i = close + 1; continue; }
        } else if (next === 91) {
          const found = source.indexOf(']', i + 2);
          const close = found >= 0 && found - i < 1000 ? found : -1;
          if (close >= 0 && !/\n[ \t]*\n/.test(source.slice(i + 2, close))) { blank(i, close + 1); i = close + 1; continue; }
        }
        blank(i, i + 1);
        i++;
        continue;
      }
      case 42: // * emphasis
        blank(i, i + 1);
        i++;
        continue;
      case 126: { // ~~ strikethrough
        if (source.charCodeAt(i + 1) === 126) { blank(i, i + 2); i += 2; continue; }
        break;
      }
      case 95: { // _ emphasis when it is not inside a word (snake_case stays a word)
        if (!isAlnum(source.charCodeAt(i - 1)) || !isAlnum(source.charCodeAt(i + 1))) { blank(i, i + 1); i++; continue; }
        break;
      }
      case 36: { // $ math
        if (noDisplayMathEnd && source.charCodeAt(i + 1) === 36) { i += 2; continue; }
        const close = findMath(source, i);
        if (close < 0 && source.charCodeAt(i + 1) === 36) noDisplayMathEnd = true;
        if (close >= 0) { blank(i, close, true); i = close; continue; }
        break;
      }
      case 38: { // & entity
        ENTITY.lastIndex = i;
        const m = ENTITY.exec(source);
        if (m) { blank(i, i + m[0].length); i += m[0].length; continue; }
        break;
      }
      case 104: case 72: case 102: case 70: case 119: case 87: case 109: case 77: { // h f w m: bare URL
        if (i > 0 && isAlnum(source.charCodeAt(i - 1)) && !isCjkText(source.charCodeAt(i - 1))) break;
        BARE_URL.lastIndex = i;
        const m = BARE_URL.exec(source);
        if (m && m[0].length > 4) {
          const end = i + trimUrl(hostBeforeHan(m[0]));
          blank(i, end, true);
          i = end;
          continue;
        }
        break;
      }
      default:
        break;
    }
    i++;
  }
  if (blanks.length === 0) return { text: source, comments };
  let out = '';
  let pos = 0;
  for (let k = 0; k < blanks.length; k += 2) {
    const from = blanks[k]!;
    const to = blanks[k + 1]!;
    out += source.slice(pos, from) + (marked[k >> 1] ? marks(source, from, to) : spaces(source, from, to));
    pos = to;
  }
  out += source.slice(pos);
  return { text: out, comments };
}

/** Spaces for source[from, to), keeping line breaks so lines stay where they were. */
export function spaces(source: string, from: number, to: number): string {
  const part = source.slice(from, to);
  if (part.indexOf('\n') < 0) return ' '.repeat(to - from);
  return part.replace(/[^\n]/g, ' ');
}

/** U+001F for source[from, to), keeping line breaks. */
function marks(source: string, from: number, to: number): string {
  const part = source.slice(from, to);
  if (part.indexOf('\n') < 0) return CONTENT_MARK.repeat(to - from);
  return part.replace(/[^\n]/g, CONTENT_MARK);
}

function findBacktickRun(s: string, from: number, len: number): number {
  let k = s.indexOf('`', from);
  while (k >= 0) {
    let e = k;
    while (e < s.length && s.charCodeAt(e) === 96) e++;
    if (e - k === len) return k;
    k = s.indexOf('`', e);
  }
  return -1;
}

/**
 * For each `(`, the index of the `)` that closes it (nested parentheses, backslash escapes), or -1 when it is not
 * closed before a blank line. One pass with a stack, so unclosed links stay linear.
 */
function matchParens(s: string): Int32Array {
  const match = new Int32Array(s.length).fill(-1);
  const stack: number[] = [];
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 92) { k++; continue; }
    if (c === 40) stack.push(k);
    else if (c === 41) { const open = stack.pop(); if (open !== undefined) match[open] = k; }
    else if (c === 10) {
      let j = k + 1;
      while (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9) j++;
      if (s.charCodeAt(j) === 10) stack.length = 0;
    }
  }
  return match;
}

/**
 * End (exclusive) of math starting at `$`, or -1. `$$…$$` anywhere; `$…$` with pandoc's rule: a non-space right
 * after the opening `$`, a non-space right before the closing one, and no digit right after it ("$5 and $10" is
 * not math).
 */
function findMath(s: string, i: number): number {
  if (s.charCodeAt(i + 1) === 36) {
    const close = s.indexOf('$$', i + 2);
    return close >= 0 ? close + 2 : -1;
  }
  const first = s.charCodeAt(i + 1);
  if (Number.isNaN(first) || first === 32 || first === 10 || first === 9) return -1;
  for (let k = i + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 && s.charCodeAt(k + 1) === 10) return -1;
    if (c === 92) { k++; continue; }
    if (c !== 36) continue;
    const before = s.charCodeAt(k - 1);
    const after = s.charCodeAt(k + 1);
    if (before === 32 || before === 10 || before === 9) return -1;
    if (after >= 48 && after <= 57) return -1;
    return k + 1;
  }
  return -1;
}

/** Han characters, CJK or full-width punctuation and general punctuation (…, —): text a bare URL may touch with no space. */
function isCjkText(code: number): boolean {
  return (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)
    || (code >= 0xf900 && code <= 0xfaff) || ((code >= 0xff00 && code <= 0xffef) && !isFullwidthAlnum(code));
}

/** Full-width digits and letters are letters and digits (fullwidth-alnum makes them ASCII), not CJK text. */
function isFullwidthAlnum(code: number): boolean {
  return (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/**
 * A bare URL cut before the first Han character of its host: in `https://example.com的说明` the URL ends at `.com`.
 * Han characters after the host (a path like /文档) stay in the URL.
 */
function hostBeforeHan(url: string): string {
  const scheme = url.indexOf('//');
  const hostStart = scheme >= 0 ? scheme + 2 : 0;
  for (let k = hostStart; k < url.length; k++) {
    const c = url.charCodeAt(k);
    if (c === 47 || c === 63 || c === 35) return url;
    if (isCjkText(c)) return url.slice(0, k);
  }
  return url;
}

/** Length of a bare URL without trailing punctuation (GFM autolink rule, simplified). */
function trimUrl(url: string): number {
  let end = url.length;
  for (;;) {
    const ch = url[end - 1];
    if (ch === undefined) return end;
    if ('.,:;!?"\'*_~'.includes(ch)) { end--; continue; }
    if (ch === ')') {
      const body = url.slice(0, end);
      const opens = body.split('(').length - 1;
      const closes = body.split(')').length - 1;
      if (closes > opens) { end--; continue; }
    }
    return end;
  }
}
