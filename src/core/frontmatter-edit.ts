/**
 * Reading and editing a Markdown file's YAML front matter. Edits are surgical text edits at the ranges the `yaml`
 * parser reports, so everything Lectern does not change (comments, key order, quoting, blank lines, CRLF) stays
 * byte for byte as the writer left it.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, visit, Scalar, YAMLParseError, type Document, type Pair } from 'yaml';
import { findFrontMatter, type FrontMatterBlock } from './frontmatter';
import type { FileProblem } from './problems';
import { eolOf, lineStartAt, nextLineStart, type TextEdit, type TextRange } from './text';
import { readTomlFrontMatter, setTomlField, setTomlNestedList } from './frontmatter-toml';

export type FrontMatterValue = string | number | boolean | string[] | null;
export type FrontMatterEdit = { ok: true; edits: TextEdit[] } | { ok: false; error: string };

export interface ParsedFrontMatter {
  block: FrontMatterBlock;
  /** The parsed YAML; ranges in it are relative to `block.content.start`. Null for TOML front matter. */
  doc: Document.Parsed | null;
  /** Top-level key → where its value is in the file (its key when it has no value), for located messages. */
  keyRanges: Map<string, TextRange>;
  /** Top-level keys → plain values (empty when the YAML has errors or is not a mapping). */
  data: Record<string, unknown>;
  /** YAML errors and structural problems, located in the whole file's text. */
  problems: FileProblem[];
}

/** Aliases one front matter may expand: real posts use a handful; a 9×9 alias bomb needs millions. */
const MAX_ALIAS_COUNT = 100;

/** The front matter of a Markdown file, or null when it has none. Never throws. */
export function readFrontMatter(text: string): ParsedFrontMatter | null {
  const block = findFrontMatter(text);
  if (!block) return null;
  if (block.format === 'toml') return { block, doc: null, ...readTomlFrontMatter(text, block) };
  const base = block.content.start;
  const doc = parseYaml(text.slice(base, block.content.end));
  const problems: FileProblem[] = [];
  if (!block.closed) {
    problems.push({
      message: 'Front matter is not closed: add a line with --- after it.',
      range: { start: block.range.start, end: Math.min(text.length, block.range.start + 3) },
      severity: 'error',
    });
  }
  for (const e of doc.errors) {
    problems.push({
      message: `Front matter YAML: ${e.message}`,
      range: yamlErrorRange(text, base + e.pos[0], base + Math.max(e.pos[1], e.pos[0])),
      severity: 'error',
    });
  }
  let data: Record<string, unknown> = {};
  if (doc.errors.length === 0 && doc.contents !== null) {
    if (isMap(doc.contents)) {
      try {
        const js: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        if (js && typeof js === 'object') data = js as Record<string, unknown>;
      } catch (error) {
        // The yaml library refuses alias bombs ("billion laughs") and similar resource-exhaustion shapes by throwing;
        // that refusal is a problem of this file, never of the caller.
        const r = doc.contents.range ?? [0, 0];
        problems.push({
          message: `Front matter YAML: ${error instanceof Error ? error.message : String(error)}`,
          range: { start: base + r[0], end: base + Math.min(r[1], r[0] + 3) },
          severity: 'error',
        });
      }
    } else {
      const r = doc.contents.range ?? [0, 0];
      problems.push({
        message: 'Front matter must be a mapping of keys to values.',
        range: { start: base + r[0], end: base + r[1] },
        severity: 'error',
      });
    }
  }
  const keyRanges = new Map<string, TextRange>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) continue;
      const node = (pair.value ?? pair.key) as { range?: [number, number, number] } | null;
      const r = node?.range ?? [0, 0, 0];
      keyRanges.set(String(pair.key.value), { start: base + r[0], end: base + Math.max(r[1], r[0]) });
    }
  }
  return { block, doc, keyRanges, data, problems };
}

/**
 * YAML text as the `yaml` library should see it. The library does not take a lone CR (classic Mac line ends) as a
 * line break, so `title: x\r` would read as "x\r" and an edit could swallow the break. Each lone CR becomes \n: the
 * same length, so every offset the parser reports still points into the original text. Found by the fuzzer.
 */
export function yamlSource(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Where a YAML error is, made safe to show: the `yaml` library may point one past the end of the text or between the
 * two halves of an emoji (both found by the fuzzer); the range is clamped to the text and widened to whole characters.
 */
export function yamlErrorRange(text: string, start: number, end: number): TextRange {
  const inPair = (o: number): boolean => o > 0 && o < text.length && (text.charCodeAt(o - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(o) & 0xfc00) === 0xdc00;
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (inPair(s)) s--;
  if (inPair(e)) e++;
  return { start: s, end: e };
}

/**
 * Parses YAML the way every Lectern reader does: lone CRs as line breaks (see `yamlSource`) and duplicate keys as
 * errors. The `yaml` library's own duplicate check (`uniqueKeys`) compares each key with every earlier one —
 * 8,000 keys took 3.4 s, 40,000 over a minute — so keys are checked here, per mapping, with a set: linear.
 */
export function parseYaml(text: string): Document.Parsed {
  const doc = parseDocument(yamlSource(text), { prettyErrors: false, uniqueKeys: false });
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = pair.key.value;
        if (key === '<<') continue; // merge keys may repeat
        if (!seen.has(key)) { seen.add(key); continue; }
        const r = pair.key.range ?? [0, 0];
        doc.errors.push(new YAMLParseError([r[0], r[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
  if (doc.errors.length > 1) doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  return doc;
}

/**
 * One YAML scalar on one line. Lectern writes single-line values only, so line breaks in a string are written as a
 * double-quoted JSON string (valid YAML) instead of a block scalar. `quote` keeps the quoting the key already had.
 */
export function renderScalar(value: string | number | boolean, quote?: Scalar.Type): string {
  if (typeof value === 'string') {
    if (/[\r\n]/.test(value)) return JSON.stringify(value);
    if (quote === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
    if (quote === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  }
  return stringify(value, { lineWidth: 0 }).replace(/\r?\n$/, '');
}

/** A flow sequence `[a, b]`, each item rendered as a plain or quoted scalar. */
export function renderFlowList(values: readonly string[]): string {
  // A plain scalar that is fine in block context can end a flow item early (`d,e` is two items inside `[…]`):
  // such items are written double-quoted. Found by the fuzzer.
  return `[${values.map((v) => {
    const plain = renderScalar(v);
    return /[,[\]{}]/.test(plain) && !/^["']/.test(plain) ? JSON.stringify(v) : plain;
  }).join(', ')}]`;
}

/** Length of the line break(s) at the end of a string (block scalars and collections own their final newline). */
function trailingBreakLength(s: string): number {
  const m = /(\r?\n|\r)+$/.exec(s);
  return m ? m[0].length : 0;
}

function findPair(doc: Document.Parsed, key: string): Pair | undefined {
  if (!isMap(doc.contents)) return undefined;
  return doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

function isValidKey(key: string): boolean {
  return /^[A-Za-z_][\w.-]*$/.test(key);
}

export function setFrontMatterField(text: string, key: string, value: FrontMatterValue): FrontMatterEdit {
  if (!isValidKey(key)) return { ok: false, error: `'${key}' is not a front-matter key Lectern writes.` };
  const eol = eolOf(text);
  const renderValue = (v: Exclude<FrontMatterValue, null>, quote?: Scalar.Type): string =>
    Array.isArray(v) ? renderFlowList(v) : renderScalar(v, quote);

  const fm = readFrontMatter(text);
  if (!fm) {
    if (value === null) return { ok: true, edits: [] };
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { ok: true, edits: [{ range: { start: at, end: at }, newText: `---${eol}${key}: ${renderValue(value)}${eol}---${eol}` }] };
  }
  if (fm.problems.length > 0) {
    return { ok: false, error: `The front matter does not parse, so Lectern leaves it alone: ${fm.problems[0]!.message}` };
  }
  const { block, doc } = fm;
  if (doc === null) return setTomlField(text, block, key, value, eol);
  const base = block.content.start;
  const contents = doc.contents;

  if (contents === null) {
    // Empty front matter (only fences or comments): the new key goes right before the closing fence.
    if (value === null) return { ok: true, edits: [] };
    return { ok: true, edits: [{ range: { start: block.content.end, end: block.content.end }, newText: `${key}: ${renderValue(value)}${eol}` }] };
  }
  if (!isMap(contents)) return { ok: false, error: 'The front matter is not a mapping of keys to values.' };

  const pair = findPair(doc, key);
  if (!pair) {
    if (value === null) return { ok: true, edits: [] };
    // Append as the last key, right before the closing fence, at the mapping's indentation.
    const mapStart = base + (contents.range?.[0] ?? 0);
    const indent = text.slice(lineStartAt(text, mapStart), mapStart);
    const at = block.content.end;
    return { ok: true, edits: [{ range: { start: at, end: at }, newText: `${indent}${key}: ${renderValue(value)}${eol}` }] };
  }

  const keyNode = pair.key as Scalar;
  const keyStart = base + keyNode.range![0];
  if (value === null) {
    // Remove the key's whole lines (a multi-line value goes with it).
    const start = lineStartAt(text, keyStart);
    const end = nextLineStart(text, Math.max(base + pairEnd(pair) - 1, keyStart));
    return { ok: true, edits: [{ range: { start, end: Math.min(end, block.content.end) }, newText: '' }] };
  }

  const node = pair.value;
  if (isScalar(node) && node.range && node.range[1] > node.range[0] && !isBlockScalar(node)) {
    const quote = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? node.type : undefined;
    return { ok: true, edits: [{ range: { start: base + node.range[0], end: base + node.range[1] }, newText: renderValue(value, quote) }] };
  }
  if (isSeq(node) && node.flow !== true && Array.isArray(value) && node.range) {
    // A block list stays a block list, at its own indentation.
    const first = node.items[0];
    const firstStart = isScalar(first) && first.range ? base + first.range[0] : base + node.range[0];
    const lineStart = lineStartAt(text, firstStart);
    const dashIndent = text.slice(lineStart, firstStart).replace(/-\s*$/, '');
    const start = lineStartAt(text, base + node.range[0]);
    const endRaw = base + node.range[1];
    const end = endRaw - trailingBreakLength(text.slice(start, endRaw));
    const lines = value.map((v) => `${dashIndent}- ${renderScalar(v)}`).join(eol);
    if (value.length === 0) {
      // An empty block list cannot be written as a block: switch to [] right after the colon.
      const colonEnd = afterColon(text, base + (keyNode.range![1]));
      return { ok: true, edits: [{ range: { start: colonEnd, end }, newText: ' []' }] };
    }
    return { ok: true, edits: [{ range: { start, end }, newText: lines }] };
  }
  // Missing value (`key:`), a block scalar or a collection: replace everything after the colon.
  const start = afterColon(text, base + keyNode.range![1]);
  // An empty value (`key:` or `key:   # comment`) has an empty range: insert after the colon, keep the rest.
  const r = (node as { range?: [number, number, number] } | null)?.range;
  const rawEnd = r && r[1] > r[0] ? base + r[1] : start;
  const end = Math.max(start, rawEnd - trailingBreakLength(text.slice(start, rawEnd)));
  return { ok: true, edits: [{ range: { start, end }, newText: ` ${renderValue(value)}` }] };
}

function isBlockScalar(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
}

/** Offset right after the `:` that follows a key ending at `keyEnd` (the key may have spaces before the colon). */
function afterColon(text: string, keyEnd: number): number {
  let i = keyEnd;
  while (i < text.length && text[i] !== ':' && text[i] !== '\n' && text[i] !== '\r') i++;
  return text[i] === ':' ? i + 1 : keyEnd;
}

/** Where a pair's value ends (relative to the YAML content). */
function pairEnd(pair: Pair): number {
  const v = pair.value as { range?: [number, number, number] } | null;
  if (v && v.range && v.range[1] > 0) return v.range[1];
  return (pair.key as { range?: [number, number, number] }).range?.[1] ?? 0;
}

/**
 * Sets `parent.key` to a list, e.g. `lectern: {override: [title, links]}`, keeping whatever else `parent` holds
 * (`lectern: {disable: [cliche]}` stays). A missing parent is added as a one-line flow mapping; a block mapping
 * gets the key as one more line at its indentation; a flow mapping gets it before its `}`. TOML front matter: an
 * inline table, a `[parent]` table or a new inline table. Refuses, with a message, when `parent` is not a mapping.
 */
export function setNestedFrontMatterList(text: string, parent: string, key: string, values: readonly string[]): FrontMatterEdit {
  if (!isValidKey(parent) || !isValidKey(key)) return { ok: false, error: `'${parent}.${key}' is not a front-matter key Lectern writes.` };
  const eol = eolOf(text);
  const list = renderFlowList(values);
  const fm = readFrontMatter(text);
  if (!fm) {
    const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    return { ok: true, edits: [{ range: { start: at, end: at }, newText: `---${eol}${parent}: {${key}: ${list}}${eol}---${eol}` }] };
  }
  if (fm.problems.length > 0) {
    return { ok: false, error: `The front matter does not parse, so Lectern leaves it alone: ${fm.problems[0]!.message}` };
  }
  const { block, doc } = fm;
  if (doc === null) return setTomlNestedList(text, block, parent, key, values, eol);
  const base = block.content.start;
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) return { ok: false, error: 'The front matter is not a mapping of keys to values.' };
  const pair = contents === null ? undefined : findPair(doc, parent);
  if (!pair) {
    const mapStart = contents?.range ? base + contents.range[0] : block.content.end;
    const indent = contents ? text.slice(lineStartAt(text, mapStart), mapStart) : '';
    const at = block.content.end;
    return { ok: true, edits: [{ range: { start: at, end: at }, newText: `${indent}${parent}: {${key}: ${list}}${eol}` }] };
  }
  const node = pair.value;
  const keyNode = pair.key as Scalar;
  if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) {
    // `lectern:` with no value: the mapping goes right after the colon.
    const start = afterColon(text, base + keyNode.range![1]);
    const r = (node as { range?: [number, number, number] } | null)?.range;
    const end = r && r[1] > r[0] ? base + r[1] : start;
    return { ok: true, edits: [{ range: { start, end }, newText: ` {${key}: ${list}}` }] };
  }
  if (!isMap(node) || !node.range) return { ok: false, error: `'${parent}' in the front matter is not a mapping, so Lectern cannot add '${key}' to it.` };
  const inner = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
  if (inner) {
    const v = inner.value as { range?: [number, number, number] } | null;
    const innerKey = inner.key as Scalar;
    const start = afterColon(text, base + innerKey.range![1]);
    const rawEnd = v?.range && v.range[1] > v.range[0] ? base + v.range[1] : start;
    const end = Math.max(start, rawEnd - trailingBreakLength(text.slice(start, rawEnd)));
    return { ok: true, edits: [{ range: { start, end }, newText: ` ${list}` }] };
  }
  if (node.flow === true) {
    const close = text.lastIndexOf('}', base + node.range[1] - 1);
    const before = text.slice(base + node.range[0] + 1, close);
    const sep = before.trim().length > 0 ? (/,\s*$/.test(before) ? ' ' : ', ') : '';
    // `{ a: 1 }` → `{ a: 1, key: [..] }`: the space before `}` stays where it was.
    const trailing = /\s*$/.exec(before)![0];
    return { ok: true, edits: [{ range: { start: close - trailing.length, end: close - trailing.length }, newText: `${sep}${key}: ${list}` }] };
  }
  // A block mapping: one more line at the indentation of its first key, after its last line.
  const firstKey = node.items[0]?.key as Scalar | undefined;
  const firstStart = base + (firstKey?.range?.[0] ?? node.range[0]);
  const indent = text.slice(lineStartAt(text, firstStart), firstStart);
  const rawEnd = base + node.range[1];
  const end = rawEnd - trailingBreakLength(text.slice(firstStart, rawEnd));
  return { ok: true, edits: [{ range: { start: end, end }, newText: `${eol}${indent}${key}: ${list}` }] };
}
