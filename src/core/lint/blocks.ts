/**
 * markdown-it gives the block structure (with line maps); this module turns one chunk's parse into prose blocks:
 * paragraphs, headings, list-item and block-quote paragraphs and table cells, each as a masked copy of its exact
 * source span. Code (fenced and indented), HTML blocks and front matter produce no block at all.
 */
import { createMarkdownParser, type MarkdownParser, type MarkdownToken } from '../markdown-it';
import type { BlockKind } from './rule-types';
import { maskInline, spaces } from './mask';
import { lineBounds } from '../text';

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

export function parseChunk(chunk: string): ParsedChunk {
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
