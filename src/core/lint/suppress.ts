/**
 * In-file suppression:
 *   <!-- lectern-disable rule-a rule-b --> … <!-- lectern-enable -->   (no ids = every rule)
 *   <!-- lectern-disable-next-line rule -->                           (the line after the comment's line)
 *   <!-- lectern-disable-file [rule…] -->
 *   front matter:  lectern: { disable: [rule] }   (flow or block style)
 * Unknown rule ids give a located problem; the directive still applies to the ids that are known.
 */
import type { FileProblem } from '../problems';
import type { FrontMatterBlock } from '../frontmatter';
import type { Finding } from './types';
import { lineEndAt, nextLineStart } from '../text';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Absolute offsets of the comment. */
  start: number;
  end: number;
  /** Known rule ids; empty means every rule. */
  rules: string[];
}

const DIRECTIVE = /^(\s*)lectern-(disable-next-line|disable-file|disable|enable)(?=[\s,]|$)/;

/** Reads the directives out of HTML comments (absolute offsets, in document order). */
export function readDirectives(comments: ReadonlyArray<{ start: number; end: number; body: string }>,
  known: ReadonlySet<string>, problems: FileProblem[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const kind = m[2] as DirectiveKind;
    const bodyStart = c.start + 4;
    const idsFrom = m[0].length;
    const rules = ids(c.body, idsFrom, bodyStart, known, problems);
    out.push({ kind, start: c.start, end: c.end, rules });
  }
  return out;
}

function ids(body: string, from: number, bodyStart: number, known: ReadonlySet<string>, problems: FileProblem[]): string[] {
  const rules: string[] = [];
  const re = /[^\s,]+/g;
  re.lastIndex = from;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (known.has(m[0])) rules.push(m[0]);
    else problems.push(unknownRule(m[0], bodyStart + m.index));
  }
  return rules;
}

function unknownRule(id: string, at: number): FileProblem {
  return { message: `Unknown Lectern rule '${id}'.`, range: { start: at, end: at + id.length }, severity: 'warning' };
}

/**
 * `lectern: { disable: [a, b] }` or the block form (`lectern:` / `  disable:` / `    - a`). A tiny reader rather
 * than a YAML parser: this runs on every keystroke and only needs this one key.
 */
export function frontMatterDisables(text: string, fm: FrontMatterBlock | null, known: ReadonlySet<string>,
  problems: FileProblem[]): string[] | null {
  if (!fm) return null;
  const yaml = text.slice(fm.content.start, fm.content.end);
  const base = fm.content.start;
  let listText: string | null = null;
  let listAt = 0;
  if (fm.format === 'toml') {
    // `lectern = { disable = ["a"] }`, or a `[lectern]` table with `disable = ["a"]`.
    const inline = /^lectern[ \t]*=[ \t]*\{[^}\r\n]*?disable[ \t]*=[ \t]*\[([^\]]*)\]/m.exec(yaml);
    const table = /^\[lectern\][ \t]*(?:#.*)?(?:\r?\n|\r)((?:(?![ \t]*\[).*(?:\r?\n|\r|$))*)/m.exec(yaml);
    const inTable = table ? /^[ \t]*disable[ \t]*=[ \t]*\[([^\]]*)\]/m.exec(table[1]!) : null;
    if (inline) {
      listText = inline[1]!;
      listAt = inline.index + inline[0].length - 1 - listText.length;
    } else if (table && inTable) {
      listText = inTable[1]!;
      listAt = table.index + table[0].length - table[1]!.length + inTable.index + inTable[0].length - 1 - listText.length;
    } else {
      return null;
    }
    return listItems(listText, base + listAt, known, problems);
  }
  const key = /^lectern[ \t]*:[ \t]*(.*)$/m.exec(yaml);
  if (!key) return null;
  const inline = key[1]!;
  const afterKey = key.index + key[0].length;
  if (inline.startsWith('{')) {
    const close = yaml.indexOf('}', key.index);
    const flow = yaml.slice(key.index, close < 0 ? yaml.length : close);
    const d = /disable[ \t]*:[ \t]*\[([^\]]*)\]/.exec(flow);
    if (d) { listText = d[1]!; listAt = key.index + d.index + d[0].indexOf('[') + 1; }
  } else {
    // Block mapping: the indented lines after `lectern:`.
    const rest = yaml.slice(afterKey);
    const block = /^(?:\r?\n|\r)((?:[ \t]+.*(?:\r?\n|\r|$)|[ \t]*(?:\r?\n|\r))*)/.exec(rest);
    if (block) {
      const body = block[1]!;
      const bodyAt = afterKey + block[0].indexOf(body);
      const flow = /^[ \t]+disable[ \t]*:[ \t]*\[([^\]]*)\]/m.exec(body);
      if (flow) {
        listText = flow[1]!;
        listAt = bodyAt + flow.index + flow[0].indexOf('[') + 1;
      } else {
        const d = /^([ \t]+)disable[ \t]*:[ \t]*(?:\r?\n|\r)((?:\1[ \t]*-[ \t]*.*(?:\r?\n|\r|$))*)/m.exec(body);
        if (d) {
          const items: string[] = [];
          const itemsAt = bodyAt + d.index + d[0].length - d[2]!.length;
          const re = /-[ \t]*(["']?)([^"'\s#]+)\1/g;
          for (let m = re.exec(d[2]!); m; m = re.exec(d[2]!)) {
            const at = base + itemsAt + m.index + m[0].indexOf(m[2]!);
            if (known.has(m[2]!)) items.push(m[2]!);
            else problems.push(unknownRule(m[2]!, at));
          }
          return items;
        }
      }
    }
  }
  if (listText === null) return null;
  return listItems(listText, base + listAt, known, problems);
}

/** The rule ids of a flow list's inside (`a, "b"`) that starts at `at`; unknown ids become located problems. */
function listItems(listText: string, at: number, known: ReadonlySet<string>, problems: FileProblem[]): string[] {
  const items: string[] = [];
  const re = /(["']?)([^,"'\s]+)\1/g;
  for (let m = re.exec(listText); m; m = re.exec(listText)) {
    if (known.has(m[2]!)) items.push(m[2]!);
    else problems.push(unknownRule(m[2]!, at + m.index + m[0].indexOf(m[2]!)));
  }
  return items;
}

/** Removes suppressed findings. `findings` must be sorted by start; the result keeps the order. */
export function applySuppression(text: string, findings: Finding[], directives: readonly Directive[],
  fileDisabled: readonly string[] | null): Finding[] {
  if (directives.length === 0 && (!fileDisabled || fileDisabled.length === 0)) return findings;
  const fileRules = new Set<string>(fileDisabled ?? []);
  let fileAll = false;
  const nextLine: Array<{ from: number; to: number; rules: string[] }> = [];
  const toggles: Directive[] = [];
  for (const d of directives) {
    if (d.kind === 'disable-file') {
      if (d.rules.length === 0) fileAll = true;
      else for (const r of d.rules) fileRules.add(r);
    } else if (d.kind === 'disable-next-line') {
      const [from, to] = nextLineSpan(text, d.end);
      if (from < to || from < text.length) nextLine.push({ from, to, rules: d.rules });
    } else {
      toggles.push(d);
    }
  }
  if (fileAll) return [];
  // Region state, advanced as findings are visited in order.
  let all = false;
  const disabled = new Set<string>();
  const reEnabled = new Set<string>();
  let t = 0;
  const out: Finding[] = [];
  for (const f of findings) {
    while (t < toggles.length && toggles[t]!.end <= f.range.start) {
      const d = toggles[t++]!;
      if (d.kind === 'disable') {
        if (d.rules.length === 0) { all = true; disabled.clear(); reEnabled.clear(); }
        else for (const r of d.rules) { disabled.add(r); reEnabled.delete(r); }
      } else if (d.rules.length === 0) {
        all = false; disabled.clear(); reEnabled.clear();
      } else {
        for (const r of d.rules) { disabled.delete(r); if (all) reEnabled.add(r); }
      }
    }
    if (fileRules.has(f.rule)) continue;
    if ((all && !reEnabled.has(f.rule)) || disabled.has(f.rule)) continue;
    if (nextLine.some((s) => f.range.start >= s.from && f.range.start <= s.to && (s.rules.length === 0 || s.rules.includes(f.rule)))) continue;
    out.push(f);
  }
  return out;
}

/** The line after the one containing `offset`: [start, content end]. */
function nextLineSpan(text: string, offset: number): [number, number] {
  const from = nextLineStart(text, offset);
  return [from, lineEndAt(text, from).contentEnd];
}
