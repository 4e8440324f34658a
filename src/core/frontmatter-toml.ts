/**
 * TOML front matter (`+++` fences, as Hugo writes it): reading with smol-toml, and single-line edits of top-level
 * keys. Edits touch only the key's own line, so comments, order and the rest of the file stay as they were.
 */
import { parse, TomlError } from 'smol-toml';
import type { FrontMatterBlock } from './frontmatter';
import type { FileProblem } from './problems';
import { lineEndAt, type TextEdit, type TextRange } from './text';

export interface TomlFrontMatter {
  data: Record<string, unknown>;
  problems: FileProblem[];
  /** Top-level key → the range of its value on its line (for located messages). */
  keyRanges: Map<string, TextRange>;
}

/** A top-level `key = value` line: bare or quoted key, then the value up to the end of the line. */
const KEY_LINE = /^[ \t]*([A-Za-z0-9_-]+|"[^"\r\n]*"|'[^'\r\n]*')[ \t]*=[ \t]*(.*?)[ \t]*$/;
const TABLE_HEADER = /^[ \t]*\[/;

interface KeyLine {
  key: string;
  /** The whole line, without its line break. */
  line: TextRange;
  /** The line including its line break. */
  withBreak: TextRange;
  value: TextRange;
  valueText: string;
}

/** The top-level key lines (those before the first `[table]` header) and where the first header is. */
function topLevelLines(text: string, block: FrontMatterBlock): { keys: KeyLine[]; firstTable: number } {
  const keys: KeyLine[] = [];
  for (const { pos, end, next } of linesIn(text, block.content.start, block.content.end)) {
    const line = text.slice(pos, end);
    if (TABLE_HEADER.test(line)) return { keys, firstTable: pos };
    const m = KEY_LINE.exec(line);
    if (m) {
      const valueStart = pos + line.indexOf(m[2]!, line.indexOf('=') + 1);
      keys.push({
        key: m[1]!.replace(/^["']|["']$/g, ''),
        line: { start: pos, end },
        withBreak: { start: pos, end: next },
        value: { start: valueStart, end: valueStart + m[2]!.length },
        valueText: m[2]!,
      });
    }
  }
  return { keys, firstTable: block.content.end };
}

/** The lines between two offsets: where each starts, where its content ends and where the next one starts. */
function* linesIn(text: string, from: number, to: number): Generator<{ pos: number; end: number; next: number }> {
  let pos = from;
  while (pos < to) {
    // A closed block's content ends just after a line break, so its lines end inside it; `to` only guards the rest.
    const line = lineEndAt(text, pos);
    const end = Math.min(line.contentEnd, to);
    const next = line.contentEnd <= to ? line.next : end;
    yield { pos, end, next };
    pos = next;
  }
}

export function readTomlFrontMatter(text: string, block: FrontMatterBlock): TomlFrontMatter {
  const problems: FileProblem[] = [];
  const keyRanges = new Map<string, TextRange>();
  for (const k of topLevelLines(text, block).keys) keyRanges.set(k.key, k.value);
  let data: Record<string, unknown> = {};
  try {
    data = { ...parse(text.slice(block.content.start, block.content.end)) };
  } catch (error) {
    const at = error instanceof TomlError ? offsetOf(text, block.content.start, error.line, error.column) : block.content.start;
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    problems.push({ message: `Front matter TOML: ${message}`, range: { start: at, end: Math.min(at + 1, block.content.end) }, severity: 'error' });
  }
  return { data, problems, keyRanges };
}

/**
 * Offset of a 1-based line and column inside the front matter that starts at `base`, as smol-toml counts them: its
 * lines end at \n or \r\n only (not at a lone \r), so this is deliberately not core/text's line rule.
 */
function offsetOf(text: string, base: number, line: number, column: number): number {
  let pos = base;
  for (let l = 1; l < line && pos < text.length; l++) {
    while (pos < text.length && text[pos] !== '\n') pos++;
    pos++;
  }
  return Math.min(text.length, pos + Math.max(0, column - 1));
}

export type TomlValue = string | number | boolean | string[] | null;

/**
 * Keys whose value is a date on the platforms that write TOML front matter (Hugo: date, publishDate, lastmod,
 * expiryDate; Zola: date, updated; Astro-style pubDate and Lectern's published). A calendar date or an RFC 3339
 * date-time written to one of them is a TOML date, not a string: Hugo and Zola read dates natively, and a quoted
 * "2026-12-02" would be a different kind of value from the dates around it.
 */
const TOML_DATE_KEYS: ReadonlySet<string> = new Set(['date', 'pubDate', 'published', 'publishDate', 'lastmod', 'updated', 'expiryDate']);
const TOML_DATE = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$/;

function renderFor(key: string, value: Exclude<TomlValue, null>): string {
  return typeof value === 'string' && TOML_DATE_KEYS.has(key) && TOML_DATE.test(value) ? value : render(value);
}

function render(value: Exclude<TomlValue, null>): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  // JSON's string escapes are valid in TOML basic strings.
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** A value that continues on the next lines (an open array or a multi-line string) is not edited in place. */
function isMultiLine(valueText: string): boolean {
  if (valueText.startsWith('"""') || valueText.startsWith("'''")) return true;
  if (valueText.startsWith('[') || valueText.startsWith('{')) {
    try {
      parse(`x = ${valueText}`);
      return false;
    } catch {
      return true;
    }
  }
  return false;
}

export function setTomlField(text: string, block: FrontMatterBlock, key: string, value: TomlValue, eol: string):
  { ok: true; edits: TextEdit[] } | { ok: false; error: string } {
  const { keys, firstTable } = topLevelLines(text, block);
  const existing = keys.find((k) => k.key === key);
  if (!existing) {
    if (value === null) return { ok: true, edits: [] };
    // New keys go with the other top-level keys, before the first [table] (after it they would belong to the table).
    return { ok: true, edits: [{ range: { start: firstTable, end: firstTable }, newText: `${key} = ${renderFor(key, value)}${eol}` }] };
  }
  if (isMultiLine(existing.valueText)) {
    return { ok: false, error: `'${key}' spans several lines in the TOML front matter; Lectern only edits single-line values.` };
  }
  if (value === null) return { ok: true, edits: [{ range: existing.withBreak, newText: '' }] };
  // Keep a trailing comment: replace only the value itself.
  const comment = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^#]*?)([ \t]*#.*)?$/.exec(existing.valueText);
  const valueLength = comment ? comment[1]!.length : existing.valueText.length;
  return { ok: true, edits: [{ range: { start: existing.value.start, end: existing.value.start + valueLength }, newText: renderFor(key, value) }] };
}

/**
 * Sets `parent.key` to a list of strings: inside a one-line inline table (`lectern = { disable = ["x"] }`), inside a
 * `[parent]` table, or as a new inline table with the other top-level keys.
 */
export function setTomlNestedList(text: string, block: FrontMatterBlock, parent: string, key: string, values: readonly string[], eol: string):
  { ok: true; edits: TextEdit[] } | { ok: false; error: string } {
  const list = render([...values]);
  const { keys, firstTable } = topLevelLines(text, block);
  const inline = keys.find((k) => k.key === parent);
  if (inline) {
    if (!inline.valueText.startsWith('{') || isMultiLine(inline.valueText)) {
      return { ok: false, error: `'${parent}' in the TOML front matter is not a one-line table, so Lectern cannot add '${key}' to it.` };
    }
    const inner = new RegExp(`([{,][ \\t]*${key}[ \\t]*=[ \\t]*)(\\[[^\\]]*\\]|"(?:[^"\\\\]|\\\\.)*"|[^,}]*)`).exec(inline.valueText);
    if (inner) {
      const start = inline.value.start + inner.index + inner[1]!.length;
      return { ok: true, edits: [{ range: { start, end: start + inner[2]!.length }, newText: list }] };
    }
    const close = inline.value.start + inline.valueText.lastIndexOf('}');
    const body = text.slice(inline.value.start + 1, close);
    const trailing = /\s*$/.exec(body)![0];
    const sep = body.trim().length > 0 ? ', ' : ' ';
    const at = close - trailing.length;
    return { ok: true, edits: [{ range: { start: at, end: at }, newText: `${sep}${key} = ${list}${body.trim().length > 0 ? '' : ' '}` }] };
  }
  // A `[parent]` table: its own key line, or a new one right after the header.
  let inTable = false;
  let headerEnd = -1;
  for (const { pos, end, next } of linesIn(text, firstTable, block.content.end)) {
    const line = text.slice(pos, end);
    if (TABLE_HEADER.test(line)) {
      inTable = new RegExp(`^[ \\t]*\\[[ \\t]*${parent}[ \\t]*\\][ \\t]*(#.*)?$`).test(line);
      if (inTable) headerEnd = next;
    } else if (inTable) {
      const m = KEY_LINE.exec(line);
      if (m && m[1]!.replace(/^["']|["']$/g, '') === key) {
        if (isMultiLine(m[2]!)) return { ok: false, error: `'${parent}.${key}' spans several lines in the TOML front matter; Lectern only edits single-line values.` };
        const valueStart = pos + line.indexOf(m[2]!, line.indexOf('=') + 1);
        const comment = /^(\[[^\]]*\]|"(?:[^"\\]|\\.)*"|'[^']*'|[^#]*?)([ \t]*#.*)?$/.exec(m[2]!);
        return { ok: true, edits: [{ range: { start: valueStart, end: valueStart + (comment ? comment[1]!.length : m[2]!.length) }, newText: list }] };
      }
    }
  }
  if (headerEnd >= 0) return { ok: true, edits: [{ range: { start: headerEnd, end: headerEnd }, newText: `${key} = ${list}${eol}` }] };
  return { ok: true, edits: [{ range: { start: firstTable, end: firstTable }, newText: `${parent} = { ${key} = ${list} }${eol}` }] };
}
