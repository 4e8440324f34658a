/**
 * `.lectern/goals.yaml`: parsing and validation. Validation walks the YAML nodes next to the JSON schema
 * (`goals.schema.json`, the single source of truth, also offered to YAML editors), so every message points at
 * the offending key or value instead of at a JSON path. Only the schema keywords that file uses are supported;
 * a unit test checks with Ajv that this walker and a real JSON-schema validator agree.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { FileProblem } from '../problems';
import { lineEndAt, type TextRange } from '../text';
import type { Dimension, Goal, GoalKind, GoalPeriod, GoalsFile } from './model';
import { BUILTIN_DIMENSIONS, matchDimension } from './dimensions';
import { isCalendarDate } from './dates';
import { parseYaml, yamlErrorRange } from '../frontmatter-edit';
import { LECTERN_FOLDER } from '../content';
import schemaJson from './goals.schema.json';

export const GOALS_FILE_PATH = `${LECTERN_FOLDER}/goals.yaml`;

/** The subset of JSON schema the goals schema uses. */
interface Schema {
  type?: string | string[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Schema;
  anyOf?: Schema[];
  not?: Schema;
  dependencies?: Record<string, string[]>;
  definitions?: Record<string, Schema>;
  $ref?: string;
}

export const goalsSchema: Record<string, unknown> = schemaJson as Record<string, unknown>;
const rootSchema = schemaJson as Schema;

type Range3 = [number, number, number];

function rangeOf(node: { range?: Range3 | null } | null | undefined, fallback: TextRange): TextRange {
  const r = node?.range;
  return r ? { start: r[0], end: Math.max(r[0], r[1]) } : fallback;
}

/** A missing key is reported on the first line of its mapping (where `- id: …` is). */
function headOf(text: string, map: YAMLMap): TextRange {
  const start = map.range?.[0] ?? 0;
  return { start, end: lineEndAt(text, start).contentEnd };
}

function resolveRef(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/definitions/', '');
  const target = rootSchema.definitions?.[name];
  if (!target) throw new Error(`goals schema: unresolved ${schema.$ref}`);
  return target;
}

function jsonType(node: Node | null): string {
  if (node === null) return 'null';
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
    return typeof v;
  }
  return 'unknown';
}

function typeMatches(actual: string, expected: string): boolean {
  return actual === expected || (expected === 'number' && actual === 'integer');
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  null: 'empty',
  boolean: 'true or false',
};

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

class Validator {
  readonly problems: FileProblem[] = [];
  constructor(private readonly text: string) {}

  private error(message: string, range: TextRange): void {
    this.problems.push({ message, range, severity: 'error' });
  }

  /** Returns false when the node failed validation (its problems were recorded). */
  validate(node: Node | null, raw: Schema, label: string, range: TextRange): boolean {
    const schema = resolveRef(raw);
    const before = this.problems.length;
    const actual = jsonType(node);
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => typeMatches(actual, t))) {
        const want = types.filter((t) => t !== 'null').map((t) => TYPE_WORDS[t] ?? t).join(' or ');
        this.error(`'${label}' must be ${want}.`, range);
        return false;
      }
    }
    const value = isScalar(node) ? node.value : undefined;
    if (schema.enum && !schema.enum.includes(value)) {
      this.error(`'${label}' must be one of: ${schema.enum.join(', ')} (found ${describe(value ?? null)}).`, range);
      return false;
    }
    if (typeof value === 'string') {
      if (schema.minLength !== undefined && value.length < schema.minLength) this.error(`'${label}' must not be empty.`, range);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
        this.error(`'${label}' ${describe(value)} is not valid. ${schema.description ?? ''}`.trim(), range);
      }
      if (schema.format === 'date' && !isCalendarDate(value)) {
        this.error(`'${label}' must be a date written YYYY-MM-DD (found ${describe(value)}).`, range);
      }
    }
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) this.error(`'${label}' must be at least ${schema.minimum}.`, range);
      if (schema.maximum !== undefined && value > schema.maximum) this.error(`'${label}' must be at most ${schema.maximum}.`, range);
    }
    if (isMap(node)) this.validateMap(node, schema, label);
    if (isSeq(node) && schema.items) {
      node.items.forEach((item, i) => {
        this.validate(item as Node | null, schema.items!, `${label}[${i + 1}]`, rangeOf(item as Node, range));
      });
    }
    return this.problems.length === before;
  }

  private validateMap(map: YAMLMap, schema: Schema, label: string): void {
    const keys = new Map<string, Pair>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      keys.set(key, pair as Pair);
    }
    const head = headOf(this.text, map);
    const where = label === 'file' ? 'The goals file' : label;
    for (const name of schema.required ?? []) {
      if (!keys.has(name)) this.error(`${where} needs '${name}'.`, head);
    }
    for (const [key, pair] of keys) {
      const keyRange = rangeOf(pair.key as Node, head);
      const prop = schema.properties?.[key];
      if (!prop) {
        if (schema.additionalProperties === false) {
          const allowed = Object.keys(schema.properties ?? {}).join(', ');
          this.error(`Unknown key '${key}' in ${label === 'file' ? 'the goals file' : label}. Allowed: ${allowed}.`, keyRange);
        }
        continue;
      }
      const value = pair.value as Node | null;
      // A bad value is reported on its key (so line:column points at the key) through the end of the value.
      const valueEnd = value && value.range && value.range[1] > value.range[0] ? value.range[1] : keyRange.end;
      this.validate(value, prop, key, { start: keyRange.start, end: Math.max(keyRange.end, valueEnd) });
    }
    if (schema.anyOf && !schema.anyOf.some((s) => (s.required ?? []).every((k) => keys.has(k)))) {
      const options = schema.anyOf.map((s) => (s.required ?? []).map((k) => `'${k}'`).join(' and ')).join(' or ');
      this.error(`${where} needs ${options}: 'period' for a recurring goal, 'due' for a deadline.`, head);
    }
    for (const [key, needs] of Object.entries(schema.dependencies ?? {})) {
      if (!keys.has(key)) continue;
      for (const n of needs) if (!keys.has(n)) this.error(`'${key}' needs '${n}' (a fixed window runs from 'from' to 'due').`, rangeOf(keys.get(key)!.key as Node, head));
    }
    const forbidden = schema.not?.required;
    if (forbidden && forbidden.every((k) => keys.has(k))) {
      this.error(`Use either ${forbidden.map((k) => `'${k}'`).join(' or ')}, not both: 'period' recurs, 'from'/'due' is one fixed window.`, rangeOf(keys.get(forbidden[forbidden.length - 1]!)!.key as Node, head));
    }
  }
}

export function parseGoalsFile(text: string, dimensions: readonly Dimension[] = BUILTIN_DIMENSIONS): GoalsFile {
  const doc = parseYaml(text);
  if (doc.errors.length > 0) {
    return {
      parsed: false,
      goals: [],
      problems: doc.errors.map((e) => {
        // An error at the very end (an unclosed bracket or quote) is shown on the last line that has text.
        let start = Math.min(e.pos[0], text.length);
        if (start >= text.trimEnd().length) start = Math.max(0, text.trimEnd().length - 1);
        return { message: e.message, range: yamlErrorRange(text, start, Math.max(start, Math.min(e.pos[1], text.length))), severity: 'error' as const };
      }),
    };
  }
  const root = doc.contents as Node | null;
  const whole: TextRange = { start: 0, end: Math.min(text.length, 1) };
  if (root === null) return { parsed: true, goals: [], problems: [] };

  const validator = new Validator(text);
  if (!isMap(root)) {
    validator.validate(root, rootSchema, 'file', rangeOf(root, whole));
    return { parsed: true, goals: [], problems: validator.problems };
  }
  // The root first, without its goals (each goal is checked on its own so one bad goal does not hide the others).
  const goalsPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'goals') as Pair | undefined;
  validator.validate(root, { ...rootSchema, properties: { ...rootSchema.properties, goals: {} } }, 'file', rangeOf(root, whole));
  const goalsNode = (goalsPair?.value ?? null) as Node | null;
  const goalsSchema = rootSchema.properties!['goals']!;
  const goals: Goal[] = [];
  const goalsKey = rangeOf(goalsPair?.key as Node, whole);
  const goalsRange = { start: goalsKey.start, end: Math.max(goalsKey.end, rangeOf(goalsNode, goalsKey).end) };
  if (goalsPair && !validator.validate(goalsNode, { type: goalsSchema.type }, 'goals', goalsRange)) {
    return { parsed: true, goals, problems: validator.problems };
  }
  const seen = new Map<string, TextRange>();
  const items = isSeq(goalsNode) ? goalsNode.items : [];
  items.forEach((item, i) => {
    const node = item as Node | null;
    const label = `Goal ${i + 1}`;
    const range = rangeOf(node, rangeOf(goalsNode, whole));
    let ok = validator.validate(node, goalsSchema.items!, label, range);
    if (!isMap(node)) return;
    const get = (key: string): Pair | undefined => node.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
    /** From the key to the end of its value. */
    const valueRange = (key: string): TextRange => {
      const p = get(key);
      const k = rangeOf(p?.key as Node, range);
      const v = rangeOf((p?.value ?? p?.key) as Node, k);
      return { start: k.start, end: Math.max(k.end, v.end) };
    };
    const str = (key: string): string | null => {
      const p = get(key);
      return p && isScalar(p.value) && typeof p.value.value === 'string' ? p.value.value : null;
    };
    const id = str('id');
    if (id !== null) {
      const first = seen.get(id);
      if (first) {
        validator.problems.push({ message: `Duplicate goal id '${id}': ids must be unique.`, range: valueRange('id'), severity: 'error' });
        ok = false;
      } else seen.set(id, valueRange('id'));
    }
    let dimension: string | null = null;
    const rawDimension = str('dimension');
    if (rawDimension !== null && rawDimension.trim() !== '') {
      const match = matchDimension(dimensions, rawDimension);
      if (match) dimension = match.id;
      else {
        validator.problems.push({
          message: `Unknown growth dimension '${rawDimension}'. Use one of: ${dimensions.map((d) => d.id).join(', ')}.`,
          range: valueRange('dimension'),
          severity: 'error',
        });
        ok = false;
      }
    }
    const from = str('from');
    const due = str('due');
    if (from !== null && due !== null && isCalendarDate(from) && isCalendarDate(due) && from > due) {
      validator.problems.push({ message: `'from' (${from}) is after 'due' (${due}).`, range: valueRange('from'), severity: 'error' });
      ok = false;
    }
    if (!ok || id === null) return;
    const target = get('target')!.value as { value: number };
    goals.push({
      id,
      title: str('title') ?? id,
      kind: str('kind') as GoalKind,
      dimension,
      target: target.value,
      period: (str('period') as GoalPeriod | null) ?? null,
      from,
      due,
      range: { start: node.range![0], end: node.range![1] },
    });
  });
  return { parsed: true, goals, problems: validator.problems };
}
