/**
 * Splits a Markdown document into chunks that markdown-it can parse independently with the same result as one
 * whole-document parse: a chunk boundary is a blank line followed by a line that starts at column 0, outside fenced
 * code and outside HTML blocks. Such a line cannot continue a list item, a block quote or a paragraph. Each chunk is
 * parsed and linted on its own and cached by its text, which is what makes re-linting after an edit cheap.
 * The scanner is conservative; when markdown-it still sees a construct left open at a chunk's end, blocks.ts merges
 * the chunk with the next one (see `parseChunk(...).open`).
 */
import { afterBreak, indentWidth, lineContentEnd, skipBlanks } from '../text';

const HTML_END_TYPES: Array<[RegExp, RegExp]> = [
  [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];
const HTML_BLOCK_NAMES = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_TYPE6 = new RegExp('^</?(' + HTML_BLOCK_NAMES + ')(?=(\\s|/?>|$))', 'i');
const HTML_TYPE7 = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;

/**
 * Start offsets of the chunks of `text[from..]` (the first is `from`). Line ends: \n, \r\n or a lone \r.
 */
export function chunkStarts(text: string, from: number): number[] {
  const starts = [from];
  let state: 'normal' | 'fence' | 'html-end' | 'html-blank' = 'normal';
  let fenceChar = 0;
  let fenceLen = 0;
  let htmlEnd: RegExp | null = null;
  let prevBlank = true;
  let pendingSplit = false;
  let pos = from;
  const n = text.length;
  // Most documents have no \r at all: then a native indexOf finds each line end.
  const hasCR = text.indexOf('\r', from) >= 0;
  while (pos < n) {
    // One line: [pos, contentEnd), next line at `next`.
    const contentEnd = lineContentEnd(text, pos, hasCR);
    const next = afterBreak(text, contentEnd);
    const k = skipBlanks(text, pos, contentEnd);
    const indent = indentWidth(text, pos, k);
    const blank = k === contentEnd;
    const first = text.charCodeAt(k);
    if (state === 'fence') {
      if (!blank && indent <= 3 && first === fenceChar && closesFence(text.slice(k, contentEnd), fenceChar, fenceLen)) state = 'normal';
      prevBlank = false;
      pos = next;
      continue;
    }
    if (state === 'html-end') {
      if (htmlEnd!.test(text.slice(k, contentEnd))) state = 'normal';
      prevBlank = blank;
      pos = next;
      continue;
    }
    if (state === 'html-blank') {
      if (!blank) { pos = next; prevBlank = false; continue; }
      state = 'normal';
    }
    if (blank) {
      pendingSplit = true;
      prevBlank = true;
      pos = next;
      continue;
    }
    if (pendingSplit && indent === 0 && pos > starts[starts.length - 1]!) starts.push(pos);
    pendingSplit = false;
    if (indent <= 3 && (first === 96 /* ` */ || first === 126 /* ~ */ || first === 60 /* < */)) {
      const rest = text.slice(k, contentEnd);
      const fence = first === 60 ? null : FENCE_OPEN.exec(rest);
      if (fence) {
        if (!(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
          state = 'fence';
          fenceChar = first;
          fenceLen = fence[1]!.length;
        }
      } else if (first === 60) {
        const type = HTML_END_TYPES.find(([open]) => open.test(rest));
        if (type) {
          if (!type[1].test(rest)) { state = 'html-end'; htmlEnd = type[1]; }
        } else if (HTML_TYPE6.test(rest) || (prevBlank && HTML_TYPE7.test(rest))) {
          state = 'html-blank';
        }
      }
    }
    prevBlank = false;
    pos = next;
  }
  return starts;
}

function closesFence(line: string, char: number, len: number): boolean {
  let k = 0;
  while (k < line.length && line.charCodeAt(k) === char) k++;
  if (k < len) return false;
  return /^[ \t]*$/.test(line.slice(k));
}
