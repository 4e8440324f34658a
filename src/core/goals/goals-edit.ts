/**
 * Edits of `.lectern/goals.yaml` that keep the writer's comments and formatting. The `yaml` parser locates the goal
 * and its keys; the change is then spliced into the original text at those ranges, so every byte Lectern does not
 * mean to change stays as it was (including CRLF). A file that does not parse is never edited.
 */
import { isMap, isScalar, isSeq, Scalar, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { diffEdit, eolOf, lineStartAt, nextLineStart, type TextEdit } from '../text';
import type { Dimension, GoalInput, GoalsEdit } from './model';
import { renderScalar, parseYaml } from '../frontmatter-edit';
import { BUILTIN_DIMENSIONS } from './dimensions';
import { parseGoalsFile } from './goals-file';

/** Keys in the order Lectern writes them. */
const KEY_ORDER = ['id', 'title', 'kind', 'dimension', 'target', 'period', 'from', 'due'] as const;

function parse(text: string): { doc: Document.Parsed } | { error: string } {
  const doc = parseYaml(text);
  if (doc.errors.length > 0) {
    return { error: `The goals file does not parse, so Lectern leaves it alone: ${doc.errors[0]!.message}` };
  }
  if (doc.contents !== null && !isMap(doc.contents)) return { error: 'The goals file must be a mapping with a "goals:" list.' };
  return { doc };
}

function goalsPair(doc: Document.Parsed): Pair | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  return root.items.find((p) => isScalar(p.key) && p.key.value === 'goals') as Pair | undefined;
}

function findGoal(doc: Document.Parsed, id: string): YAMLMap | undefined {
  const seq = goalsPair(doc)?.value;
  if (!isSeq(seq)) return undefined;
  return seq.items.find(
    (it): it is YAMLMap => isMap(it) && it.items.some((p) => isScalar(p.key) && p.key.value === 'id' && isScalar(p.value) && String(p.value.value) === id),
  );
}

function inFlowList(doc: Document.Parsed): boolean {
  const seq = goalsPair(doc)?.value;
  return isSeq(seq) && seq.flow === true;
}

function existingIds(doc: Document.Parsed): string[] {
  const seq = goalsPair(doc)?.value;
  if (!isSeq(seq)) return [];
  const ids: string[] = [];
  for (const it of seq.items) {
    if (!isMap(it)) continue;
    const p = it.items.find((q) => isScalar(q.key) && q.key.value === 'id');
    if (p && isScalar(p.value)) ids.push(String(p.value.value));
  }
  return ids;
}

export function goalIdFromTitle(title: string, existing: readonly string[]): string {
  const base =
    title
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'goal';
  let id = base;
  for (let n = 2; existing.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** `key: value` lines of a new goal, in KEY_ORDER, without indentation. */
function goalLines(input: GoalInput & { id: string }): string[] {
  const lines: string[] = [];
  for (const key of KEY_ORDER) {
    const v = input[key];
    if (v === undefined || v === null) continue;
    lines.push(`${key}: ${renderScalar(v)}`);
  }
  return lines;
}

/** The problems located inside goal `id` (its whole mapping), or every problem when the goal cannot be found. */
function problemsOfGoal(text: string, id: string, dimensions: readonly Dimension[]): { parsed: boolean; messages: string[] } {
  const result = parseGoalsFile(text, dimensions);
  if (!result.parsed) return { parsed: false, messages: result.problems.map((p) => p.message) };
  const parsed = parse(text);
  const map = 'doc' in parsed ? findGoal(parsed.doc, id) : undefined;
  const range = map?.range;
  const inside = range ? result.problems.filter((p) => p.range.start >= range[0] && p.range.start < Math.max(range[1], range[0] + 1)) : result.problems;
  return { parsed: true, messages: inside.map((p) => p.message) };
}

/**
 * Re-parses the result and refuses it when the goal it wrote has a problem it did not have before (a bad target, an
 * unknown dimension, a missing period …). Problems elsewhere in the file are the writer's and do not block the edit.
 */
function checked(before: string, after: string, oldId: string | null, id: string, dimensions: readonly Dimension[]): GoalsEdit {
  const now = problemsOfGoal(after, id, dimensions);
  if (!now.parsed) return { ok: false, error: `The edit would break the goals file: ${now.messages[0] ?? ''}` };
  const previous = new Set(oldId === null ? [] : problemsOfGoal(before, oldId, dimensions).messages);
  const fresh = now.messages.filter((m) => !previous.has(m));
  if (fresh.length > 0) return { ok: false, error: fresh[0]! };
  return { ok: true, text: after, edits: diffEdit(before, after), id };
}

function indentOfItem(text: string, map: YAMLMap): { dash: string; key: string } {
  const start = map.range![0];
  const lineStart = lineStartAt(text, start);
  const prefix = text.slice(lineStart, start); // e.g. "  - "
  const dash = prefix.replace(/-\s*$/, '');
  return { dash, key: ' '.repeat(prefix.length) };
}

export function addGoal(text: string, input: GoalInput, dimensions: readonly Dimension[] = BUILTIN_DIMENSIONS): GoalsEdit {
  const parsed = parse(text);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const { doc } = parsed;
  const ids = existingIds(doc);
  const id = input.id ?? goalIdFromTitle(input.title, ids);
  if (ids.includes(id)) return { ok: false, error: `A goal with id '${id}' already exists.` };
  const eol = eolOf(text);
  const lines = goalLines({ ...input, id });
  const pair = goalsPair(doc);
  const seq = pair?.value;
  let after: string;

  if (isSeq(seq) && !seq.flow && seq.items.length > 0 && isMap(seq.items[0]) && seq.items[0].range) {
    // Same indentation as the first goal; inserted after the last goal's last line.
    const { dash, key } = indentOfItem(text, seq.items[0]);
    const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] };
    // Goals separated by blank lines get one before the new goal too.
    const prev = seq.items[seq.items.length - 2] as { range?: [number, number, number] } | undefined;
    const spaced = prev?.range && last.range ? /\n[ \t]*\r?\n/.test(text.slice(prev.range[1] - 1, last.range[0])) : false;
    const block = (spaced ? eol : '') + lines.map((l, i) => (i === 0 ? `${dash}- ${l}` : `${key}${l}`)).join(eol) + eol;
    const lastEnd = last.range ? last.range[1] : seq.range![1];
    const at = lastEnd > 0 && /[\r\n]/.test(text[lastEnd - 1] ?? '') ? lastEnd : nextLineStart(text, lastEnd);
    const needsBreak = at === text.length && at > 0 && !/[\r\n]/.test(text[at - 1]!);
    after = text.slice(0, at) + (needsBreak ? eol : '') + block + text.slice(at);
  } else if (pair && (pair.value === null || (isScalar(pair.value) && pair.value.value === null) || (isSeq(seq) && seq.items.length === 0))) {
    // `goals:` or `goals: []`: the list starts on the next line.
    const keyEnd = (pair.key as Scalar).range![1];
    let start = keyEnd;
    while (start < text.length && text[start] !== ':') start++;
    start++;
    const valueEnd = isSeq(seq) && seq.range ? seq.range[1] : start;
    const block = lines.map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)).join(eol);
    // Keep a comment that followed `goals:` on the same line.
    const rest = text.slice(valueEnd, nextLineStart(text, valueEnd)).replace(/[\r\n]+$/, '');
    const comment = rest.trim() ? ` ${rest.trim()}` : '';
    const lineEnd = nextLineStart(text, valueEnd);
    const tail = text.slice(lineEnd);
    after = text.slice(0, start) + comment + eol + block + eol + tail;
  } else if (!pair) {
    const sep = text.length > 0 && !/[\r\n]$/.test(text) ? eol : '';
    const block = lines.map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)).join(eol);
    after = `${text}${sep}goals:${eol}${block}${eol}`;
  } else {
    // A flow list or something unusual: let the Document API write it (comments are kept, layout may change).
    const node = doc.createNode(Object.fromEntries(goalLinesEntries({ ...input, id })));
    if (isSeq(seq)) (seq as YAMLSeq).items.push(node);
    else return { ok: false, error: "'goals' must be a list." };
    after = doc.toString();
  }
  return checked(text, after, null, id, dimensions);
}

function goalLinesEntries(input: GoalInput & { id: string }): Array<[string, string | number]> {
  const out: Array<[string, string | number]> = [];
  for (const key of KEY_ORDER) {
    const v = input[key];
    if (v !== undefined && v !== null) out.push([key, v]);
  }
  return out;
}

export function updateGoal(
  text: string,
  id: string,
  changes: Partial<GoalInput>,
  dimensions: readonly Dimension[] = BUILTIN_DIMENSIONS,
): GoalsEdit {
  const parsed = parse(text);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const { doc } = parsed;
  const map = findGoal(doc, id);
  if (!map || !map.range) return { ok: false, error: `No goal with id '${id}'.` };
  const newId = changes.id ?? id;
  if (newId !== id && existingIds(doc).includes(newId)) return { ok: false, error: `A goal with id '${newId}' already exists.` };
  const has = (key: string): boolean => map.items.some((p) => isScalar(p.key) && p.key.value === key);
  const structural = KEY_ORDER.some((k) => (changes[k] === null ? has(k) : changes[k] !== undefined && !has(k)));
  if (inFlowList(doc) && structural) {
    // Adding or removing keys in a flow list (`goals: [{…}]`) has no lines to splice: the Document API writes it
    // (comments are kept, the list's layout may change). Changing a value is still spliced in place below.
    for (const key of KEY_ORDER) {
      const value = changes[key];
      if (value === undefined) continue;
      if (value === null) map.delete(key);
      else map.set(key, value);
    }
    return checked(text, doc.toString(), id, newId, dimensions);
  }
  const eol = eolOf(text);
  const { key: keyIndent } = indentOfItem(text, map);

  // Collect splices against the original text, then apply them from the end so offsets stay valid.
  const splices: TextEdit[] = [];
  const appended: string[] = [];
  for (const key of KEY_ORDER) {
    if (!(key in changes)) continue;
    const value = changes[key];
    if (value === undefined) continue;
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
    if (value === null) {
      if (!pair) continue;
      if (key === 'id' || key === 'kind' || key === 'target') return { ok: false, error: `'${key}' cannot be removed from a goal.` };
      const keyStart = (pair.key as Scalar).range![0];
      if (keyStart === map.range[0]) return { ok: false, error: `'${key}' is on the goal's first line; edit it by hand.` };
      const v = pair.value as { range?: [number, number, number] } | null;
      const end = nextLineStart(text, Math.max(keyStart, (v?.range?.[1] ?? keyStart) - 1));
      splices.push({ range: { start: lineStartAt(text, keyStart), end }, newText: '' });
      continue;
    }
    if (pair) {
      const node = pair.value;
      if (isScalar(node) && node.range && node.range[1] > node.range[0]) {
        const quote = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? node.type : undefined;
        splices.push({ range: { start: node.range[0], end: node.range[1] }, newText: renderScalar(value, quote) });
      } else {
        // `key:` with nothing after it, or a collection where a scalar belongs: replace everything after the colon.
        let start = (pair.key as Scalar).range![1];
        while (start < text.length && text[start] !== ':') start++;
        start++;
        const r = (node as { range?: [number, number, number] } | null)?.range;
        let end = r && r[1] > r[0] ? Math.max(start, r[1]) : start;
        while (end > start && /[\r\n]/.test(text[end - 1]!)) end--;
        splices.push({ range: { start, end }, newText: ` ${renderScalar(value)}` });
      }
    } else {
      appended.push(`${keyIndent}${key}: ${renderScalar(value)}`);
    }
  }
  if (appended.length > 0) {
    const end = map.range[1];
    const at = end > 0 && /[\r\n]/.test(text[end - 1] ?? '') ? end : nextLineStart(text, end);
    const needsBreak = at > 0 && !/[\r\n]/.test(text[at - 1]!);
    splices.push({ range: { start: at, end: at }, newText: (needsBreak ? eol : '') + appended.join(eol) + (needsBreak ? '' : eol) });
  }
  let after = text;
  for (const s of [...splices].sort((a, b) => b.range.start - a.range.start)) {
    after = after.slice(0, s.range.start) + s.newText + after.slice(s.range.end);
  }
  return checked(text, after, id, newId, dimensions);
}

export function removeGoal(text: string, id: string): GoalsEdit {
  const parsed = parse(text);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const map = findGoal(parsed.doc, id);
  if (!map || !map.range) return { ok: false, error: `No goal with id '${id}'.` };
  if (inFlowList(parsed.doc)) {
    const seq = goalsPair(parsed.doc)!.value as YAMLSeq;
    seq.items = seq.items.filter((it) => it !== map);
    const after = parsed.doc.toString();
    return { ok: true, text: after, edits: diffEdit(text, after), id };
  }
  const first = lineStartAt(text, map.range[0]);
  const dashColumn = text.slice(first, map.range[0]).indexOf('-');
  let start = first;
  // Comment lines right above the goal (no blank line between, indented like its dash) describe it and go with it.
  while (start > 0) {
    const breakLength = text[start - 1] === '\n' && text[start - 2] === '\r' ? 2 : 1;
    const prevStart = lineStartAt(text, start - breakLength);
    const line = text.slice(prevStart, start - breakLength);
    if (!/^\s*#/.test(line) || line.search(/\S/) < dashColumn) break;
    start = prevStart;
  }
  const end = map.range[1];
  const stop = end > 0 && /[\r\n]/.test(text[end - 1] ?? '') ? end : nextLineStart(text, end);
  // The last goal gone leaves `goals:` with nothing: an empty list, which the schema accepts.
  const after = text.slice(0, start) + text.slice(stop);
  if (parseYaml(after).errors.length > 0) {
    return { ok: false, error: 'Removing that goal would break the goals file; edit it by hand.' };
  }
  return { ok: true, text: after, edits: diffEdit(text, after), id };
}

/** The starter file "Create Goals" writes: three goals across dimensions, each line explained. */
export function starterGoalsFile(): string {
  return `# Lectern publishing goals. Lectern keeps your comments and formatting when it edits this file.
# Progress counts published posts and talks (front matter status, or a past date) that match a goal.
#
#   kind:      post | talk | any
#   dimension: expertise | insight | cross-domain | leadership | influence (or the English or Chinese name);
#              leave it out to count every dimension
#   period:    week | month | quarter | year  (a recurring goal: the current one counts; weeks start on Monday)
#   due:       YYYY-MM-DD, a deadline (alone: the 12 months before it count), or from + due for a fixed window
goals:
  - id: steady-writing
    title: Publish two posts a month
    kind: post
    target: 2
    period: month

  - id: share-expertise
    title: Three Technical Expertise posts this quarter
    kind: post
    dimension: expertise
    target: 3
    period: quarter

  - id: leadership-talk
    title: Give a talk on leadership
    kind: talk
    dimension: leadership
    target: 1
    period: year
`;
}
