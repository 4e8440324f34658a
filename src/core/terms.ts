/**
 * House terms: a team's substitutions (`{"use": "sign in", "instead": ["login", "log-in"]}`) and forbidden terms
 * (`{"avoid": ["whitelist"], "message": "Say what it allows."}`), in `.lectern/config.json` ("terms") or, for long
 * lists, `.lectern/terms.yaml` (a list of the same entries, or `terms:` holding it). Plain words and phrases, no
 * regular expressions; `"case": "exact"` matches only the spelling given, the default `"any"` every capitalisation.
 * A broken entry is a located problem in its own file and the other entries still apply.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { parseYaml } from './frontmatter-edit';
import type { FileProblem } from './problems';

export interface TermEntry {
  /** The preferred term, for a substitution; absent for a forbidden term. */
  use?: string;
  /** The terms to flag. */
  instead: string[];
  /** Shown in the finding (a forbidden term's reason, or a note on a substitution). */
  message?: string;
  case: 'any' | 'exact';
}

/** The part of a JSON or YAML tree the reader needs: the two parsers' nodes, made one shape. */
interface TreeNode {
  kind: 'object' | 'array' | 'string' | 'other';
  start: number;
  end: number;
  value?: string;
  items?: TreeNode[];
  fields?: Array<{ key: string; keyStart: number; keyEnd: number; value: TreeNode }>;
}

const KEYS = ['use', 'instead', 'avoid', 'message', 'case'];

/** Reads the `"terms"` value of config.json (a jsonc-parser node). */
export function readTermsJson(node: JsonNode, problems: FileProblem[]): TermEntry[] {
  return readTermList(fromJson(node), problems);
}

/** Reads `.lectern/terms.yaml`. Syntax errors are located; the entries that parse still apply. */
export function parseTermsYaml(text: string): { terms: TermEntry[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  // parseYaml: the yaml library's own duplicate-key check is quadratic, which a hostile terms list could exploit.
  const doc = parseYaml(text);
  for (const e of doc.errors) {
    const start = Math.min(e.pos[0], text.length);
    problems.push({ message: `YAML syntax error: ${e.message.split('\n')[0]}`, range: { start, end: Math.max(start, Math.min(text.length, e.pos[1])) }, severity: 'error' });
  }
  if (doc.errors.length > 0 && !doc.contents) return { terms: [], problems };
  let root = doc.contents ? fromYaml(doc.contents as YamlNode) : undefined;
  if (!root) return { terms: [], problems };
  if (root.kind === 'object') {
    const field = root.fields!.find((f) => f.key === 'terms');
    for (const f of root.fields!) {
      if (f.key !== 'terms') problems.push(problem(f.keyStart, f.keyEnd, `Unknown key "${f.key}" in terms.yaml; the list goes under "terms".`, 'warning'));
    }
    if (!field) return { terms: [], problems };
    root = field.value;
  }
  return { terms: readTermList(root, problems), problems };
}

function readTermList(node: TreeNode, problems: FileProblem[]): TermEntry[] {
  if (node.kind !== 'array') {
    problems.push(problem(node.start, node.end, '"terms" must be a list of {use, instead} or {avoid, message} entries.'));
    return [];
  }
  const out: TermEntry[] = [];
  for (const item of node.items!) {
    const entry = readEntry(item, problems);
    if (entry) out.push(entry);
  }
  return out;
}

function readEntry(node: TreeNode, problems: FileProblem[]): TermEntry | null {
  if (node.kind !== 'object') {
    problems.push(problem(node.start, node.end, 'A term must be an object: {"use": "sign in", "instead": ["login"]} or {"avoid": ["whitelist"], "message": "…"}.'));
    return null;
  }
  const get = (key: string) => node.fields!.find((f) => f.key === key)?.value;
  for (const f of node.fields!) {
    if (!KEYS.includes(f.key)) problems.push(problem(f.keyStart, f.keyEnd, `Unknown term field "${f.key}". Fields: ${KEYS.join(', ')}.`, 'warning'));
  }
  const use = get('use');
  const instead = get('instead');
  const avoid = get('avoid');
  const message = get('message');
  const caseNode = get('case');
  if (use && avoid) { problems.push(problem(node.start, node.end, 'A term has either "use" (with "instead") or "avoid", not both.')); return null; }
  if (!use && !avoid) { problems.push(problem(node.start, node.end, 'A term needs "use" and "instead" (a substitution) or "avoid" (a forbidden term).')); return null; }
  if (use && (use.kind !== 'string' || !hasWord(use.value!))) { problems.push(problem(use.start, use.end, '"use" must be a non-empty string.')); return null; }
  const listNode = use ? instead : avoid;
  const listName = use ? 'instead' : 'avoid';
  if (!listNode) { problems.push(problem(node.start, node.end, `A substitution needs "instead": the terms to replace with "${use!.value}".`)); return null; }
  const words = stringsOf(listNode, listName, problems);
  if (words.length === 0) return null;
  const entry: TermEntry = { instead: words, case: 'any' };
  if (use) entry.use = use.value!.trim();
  if (message) {
    if (message.kind === 'string' && message.value!.trim()) entry.message = message.value!.trim();
    else problems.push(problem(message.start, message.end, '"message" must be a non-empty string.'));
  }
  if (caseNode) {
    if (caseNode.kind === 'string' && (caseNode.value === 'any' || caseNode.value === 'exact')) entry.case = caseNode.value;
    else problems.push(problem(caseNode.start, caseNode.end, '"case" must be "any" or "exact".'));
  }
  return entry;
}

/** A string or a list of strings; bad items are reported and dropped. */
function stringsOf(node: TreeNode, name: string, problems: FileProblem[]): string[] {
  const items = node.kind === 'array' ? node.items! : [node];
  const out: string[] = [];
  for (const item of items) {
    if (item.kind !== 'string' || !hasWord(item.value!)) problems.push(problem(item.start, item.end, `"${name}" must hold words or phrases (non-empty strings).`));
    else out.push(item.value!.trim());
  }
  if (node.kind !== 'array' && node.kind !== 'string') return [];
  return out;
}

function hasWord(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

function problem(start: number, end: number, message: string, severity: FileProblem['severity'] = 'error'): FileProblem {
  return { message, range: { start, end }, severity };
}

function fromJson(node: JsonNode): TreeNode {
  const start = node.offset;
  const end = node.offset + node.length;
  if (node.type === 'string') return { kind: 'string', start, end, value: node.value as string };
  if (node.type === 'array') return { kind: 'array', start, end, items: (node.children ?? []).map(fromJson) };
  if (node.type === 'object') {
    const fields: NonNullable<TreeNode['fields']> = [];
    for (const prop of node.children ?? []) {
      const k = prop.children?.[0];
      const v = prop.children?.[1];
      if (k && v) fields.push({ key: String(k.value), keyStart: k.offset, keyEnd: k.offset + k.length, value: fromJson(v) });
    }
    return { kind: 'object', start, end, fields };
  }
  return { kind: 'other', start, end };
}

function fromYaml(node: YamlNode): TreeNode {
  const [start, end] = node.range ? [node.range[0], node.range[1]] : [0, 0];
  if (isScalar(node)) {
    return typeof node.value === 'string' ? { kind: 'string', start, end, value: node.value } : { kind: 'other', start, end };
  }
  if (isSeq(node)) return { kind: 'array', start, end, items: node.items.map((i) => fromYaml(i as YamlNode)) };
  if (isMap(node)) {
    const fields: NonNullable<TreeNode['fields']> = [];
    for (const pair of node.items) {
      const k = pair.key as YamlNode | null;
      const v = pair.value as YamlNode | null;
      const ks = k?.range?.[0] ?? start;
      const ke = k?.range?.[1] ?? start;
      const key = k && isScalar(k) ? String(k.value) : '';
      fields.push({ key, keyStart: ks, keyEnd: ke, value: v ? fromYaml(v) : { kind: 'other', start: ke, end: ke } });
    }
    return { kind: 'object', start, end, fields };
  }
  return { kind: 'other', start, end };
}
