/**
 * markdown-it gives the block structure (with line maps); this module turns one chunk's parse into prose blocks:
 * paragraphs, headings, list-item and block-quote paragraphs and table cells, each as a masked copy of its exact
 * source span. Code (fenced and indented), HTML blocks and front matter produce no block at all.
 */
import { createMarkdownParser, type MarkdownParser, type MarkdownToken } from '../markdown-it';
import type { BlockKind } from './rule-types';
import { maskInline, spaces } from './mask';
import { afterBreak, indentWidth, lineBounds, lineContentEnd, skipBlanks } from '../text';

type Parser = MarkdownParser;

/** A pure memo: one parser, made on first use (see markdown-it.ts for why not sooner); parsing leaves no state in it. */
let parser: Parser | undefined;

function markdown(): Parser {
  if (!parser) {
    // Only the block structure is used: inline syntax is masked by mask.ts with exact offsets, so markdown-it's
    // inline pass (its most expensive part) is switched off.
    parser = createMarkdownParser();
    parser.core.ruler.disable(['inline', 'text_join']);
  }
  return parser;
}

type Token = MarkdownToken;

export interface RawBlock {
  /** Offsets relative to the chunk. */
  start: number;
  end: number;
  kind: BlockKind;
  /** Masked text, `end - start` long. */
  text: string;
  /**
   * The unmasked source of the same span (container syntax already blanked): where `text` has a space, `source` tells
   * markup (`**`, `[`) from a real space, which the Chinese spacing rules need.
   */
  source: string;
}

export interface RawComment {
  /** Offsets relative to the chunk. */
  start: number;
  end: number;
  body: string;
}

export interface ParsedChunk {
  blocks: RawBlock[];
  comments: RawComment[];
  /** True when a fence or HTML block runs to the chunk's end across its trailing blank lines (merge with the next). */
  open: boolean;
}

/**
 * `markdownIt: false` reads a chunk that is one plain paragraph (see `plainParagraph`) without markdown-it: the same
 * blocks and comments, far less work (most chunks of a post are such paragraphs). `true` always asks markdown-it (the
 * unit test that checks both agree).
 */
export function parseChunk(chunk: string, markdownIt = false): ParsedChunk {
  const plain = markdownIt ? undefined : plainParagraph(chunk);
  if (plain !== undefined) {
    const blocks: RawBlock[] = [];
    const comments: RawComment[] = [];
    pushBlock(chunk, plain, 'paragraph', blocks, comments);
    return { blocks, comments, open: false };
  }
  const tokens = markdown().parse(chunk, {});
  const { starts, ends } = lineBounds(chunk); // markdown-it's line breaks are core/text's: \n, \r\n, \r
  const blocks: RawBlock[] = [];
  const comments: RawComment[] = [];
  let lastContentLine = -1;
  for (let l = ends.length - 1; l >= 0; l--) {
    if (!/^[ \t]*$/.test(chunk.slice(starts[l]!, ends[l]!))) { lastContentLine = l; break; }
  }
  let open = false;
  const containers: string[] = [];
  let inTable = false;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    switch (token.type) {
      case 'bullet_list_open': case 'ordered_list_open': case 'list_item_open': case 'blockquote_open':
        containers.push(token.type);
        break;
      case 'bullet_list_close': case 'ordered_list_close': case 'list_item_close': case 'blockquote_close':
        containers.pop();
        break;
      case 'table_open':
        inTable = true;
        break;
      case 'table_close':
        inTable = false;
        break;
      case 'tr_open':
        if (token.map) tableRow(chunk, starts[token.map[0]]!, ends[token.map[0]]!, blocks, comments);
        break;
      case 'fence': case 'code_block': case 'html_block':
        if (token.level === 0 && token.map && token.map[1] > lastContentLine + 1) open = true;
        if (token.type === 'html_block' && token.map) htmlComments(chunk, starts[token.map[0]]!, ends[token.map[1] - 1] ?? chunk.length, comments);
        break;
      case 'inline': {
        if (inTable || !token.map) break;
        const prev = tokens[t - 1];
        const kind: BlockKind = prev?.type === 'heading_open' ? 'heading' : innermost(containers);
        inlineBlock(chunk, token, starts, ends, kind, blocks, comments);
        break;
      }
      default:
        break;
    }
  }
  return { blocks, comments, open };
}

/**
 * The segments `inlineBlock` would find for a chunk that is one plain paragraph, or undefined when it may be anything
 * else (then markdown-it decides). Plain: the first line starts at column 0 with nothing that opens a block
 * (`opensBlock`); every later line is indented 4 or more columns (a lazy continuation) or starts, after fewer, with
 * nothing that can interrupt a paragraph (heading, fence, quote, thematic break, list, HTML block, table) or underline
 * it (setext heading); no non-blank line follows a blank one (blank: spaces and tabs only, as markdown-it has it); no NUL
 * (markdown-it reads it as U+FFFD). markdown-it makes such a chunk one paragraph whose inline content is its lines,
 * each of which `inlineBlock` trims and finds again: here each line is trimmed in place.
 */
export function plainParagraph(chunk: string): number[] | undefined {
  if (chunk.indexOf('\0') >= 0) return undefined;
  const n = chunk.length;
  const hasCR = chunk.indexOf('\r') >= 0;
  const segments: number[] = [];
  let blankSeen = false;
  let pos = 0;
  while (pos < n) {
    const end = lineContentEnd(chunk, pos, hasCR);
    const next = afterBreak(chunk, end);
    const k = skipBlanks(chunk, pos, end);
    if (k === end) blankSeen = true;
    else {
      if (blankSeen) return undefined;
      if (pos === 0 ? k > pos || opensBlock(chunk, k, end, true) : indentWidth(chunk, pos, k) < 4 && opensBlock(chunk, k, end, false)) return undefined;
      const line = chunk.slice(pos, end);
      const trimmed = line.trimEnd();
      const content = trimmed.trimStart();
      if (content !== '') segments.push(pos + trimmed.length - content.length, pos + trimmed.length);
    }
    pos = next;
  }
  // (A chunk that opens with a blank line, which only the document's first can, returned above or has no segment.)
  return segments.length > 0 ? segments : undefined;
}

/**
 * Whether a line whose first non-blank character is at `k` (line `end`) may open a block or underline a paragraph
 * (`first`: the paragraph's first line, which more blocks can take). Conservative: a line that opens nothing may be
 * reported (markdown-it then decides), never the other way round.
 * - `>` `#` `|` `:` `-` `=` `+` and a number then `.` or `)`: a quote, heading, table, list, thematic break or setext
 *   underline may start.
 * - `*` `_`: only before a space, a tab or the line end (a list item), or on a line of nothing but the marker and
 *   blanks (a thematic break); `**bold**` opens nothing.
 * - `` ` `` `~`: only three or more (a fence).
 * - `<`: on the first line always (any HTML block); after it, before a letter, `/`, `!` or `?` (the HTML blocks that
 *   interrupt a paragraph).
 * - `[`: on the first line, when the chunk has `]:` (a link reference definition); it interrupts nothing.
 */
function opensBlock(chunk: string, k: number, end: number, first: boolean): boolean {
  const c = chunk.charCodeAt(k);
  const d = k + 1 < end ? chunk.charCodeAt(k + 1) : -1;
  switch (c) {
    case 62: case 35: case 124: case 58: case 45: case 61: case 43:
      return true;
    case 42: case 95: {
      if (d === -1 || d === 32 || d === 9) return true;
      for (let j = k + 1; j < end; j++) {
        const e = chunk.charCodeAt(j);
        if (e !== c && e !== 32 && e !== 9) return false;
      }
      return true;
    }
    case 96: case 126:
      return d === c && k + 2 < end && chunk.charCodeAt(k + 2) === c;
    case 60:
      return first || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 47 || d === 33 || d === 63;
    case 91:
      return first && chunk.indexOf(']:') >= 0;
    default:
      break;
  }
  if (c < 48 || c > 57) return false;
  let j = k + 1;
  while (j < end && chunk.charCodeAt(j) >= 48 && chunk.charCodeAt(j) <= 57) j++;
  return j < end && (chunk.charCodeAt(j) === 46 || chunk.charCodeAt(j) === 41);
}

function innermost(containers: readonly string[]): BlockKind {
  for (let i = containers.length - 1; i >= 0; i--) {
    if (containers[i] === 'list_item_open') return 'list-item';
    if (containers[i] === 'blockquote_open') return 'blockquote';
  }
  return 'paragraph';
}

/** Finds each content line of an inline token in its source line and builds the masked block. */
function inlineBlock(chunk: string, token: Token, starts: number[], ends: number[], kind: BlockKind,
  blocks: RawBlock[], comments: RawComment[]): void {
  const contentLines = token.content.split('\n');
  const segments: number[] = [];
  const first = token.map![0];
  for (let k = 0; k < contentLines.length; k++) {
    const l = first + k;
    if (l >= starts.length) break;
    const lineStart = starts[l]!;
    const lineText = chunk.slice(lineStart, ends[l]!);
    const wanted = contentLines[k]!.trim();
    if (wanted === '') continue;
    let at = -1;
    const trimmed = lineText.trimEnd();
    if (trimmed.endsWith(wanted)) at = trimmed.length - wanted.length;
    else at = lineText.indexOf(wanted);
    if (at < 0) {
      // Tabs expanded by markdown-it or an escaped pipe: fall back to the line without its leading markers.
      const m = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?/.exec(lineText);
      at = m ? m[0].length : 0;
      segments.push(lineStart + at, lineStart + trimmed.length);
      continue;
    }
    segments.push(lineStart + at, lineStart + at + wanted.length);
  }
  pushBlock(chunk, segments, kind, blocks, comments);
}

/** A table row's cells, split on unescaped pipes. */
function tableRow(chunk: string, lineStart: number, lineEnd: number, blocks: RawBlock[], comments: RawComment[]): void {
  const line = chunk.slice(lineStart, lineEnd);
  let cellStart = 0;
  const cells: Array<[number, number]> = [];
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || (line.charCodeAt(i) === 124 && line.charCodeAt(i - 1) !== 92)) {
      cells.push([cellStart, i]);
      cellStart = i + 1;
    }
  }
  for (const [from, to] of cells) {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(line[s]!)) s++;
    while (e > s && /\s/.test(line[e - 1]!)) e--;
    if (e > s) pushBlock(chunk, [lineStart + s, lineStart + e], 'table-cell', blocks, comments);
  }
}

function pushBlock(chunk: string, segments: number[], kind: BlockKind, blocks: RawBlock[], comments: RawComment[]): void {
  if (segments.length === 0) return;
  const start = segments[0]!;
  const end = segments[segments.length - 1]!;
  let source = '';
  let pos = start;
  for (let s = 0; s < segments.length; s += 2) {
    source += spaces(chunk, pos, segments[s]!).replace(/\r/g, ' ') + chunk.slice(segments[s]!, segments[s + 1]!);
    pos = segments[s + 1]!;
  }
  const masked = maskInline(source);
  for (const c of masked.comments) comments.push({ start: start + c.start, end: start + c.end, body: c.body });
  if (/[\p{L}\p{N}]/u.test(masked.text)) blocks.push({ start, end, kind, text: masked.text, source });
}

function htmlComments(chunk: string, from: number, to: number, comments: RawComment[]): void {
  let open = chunk.indexOf('<!--', from);
  while (open >= 0 && open < to) {
    const close = chunk.indexOf('-->', open + 4);
    if (close < 0) return; // and no later comment can close either
    comments.push({ start: open, end: close + 3, body: chunk.slice(open + 4, close) });
    open = chunk.indexOf('<!--', close + 3);
  }
}
