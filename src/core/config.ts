/**
 * `.lectern/config.json` (JSONC). Every problem is located (offsets into the file) and never fatal: the broken part
 * falls back to its default and the rest of the file still applies.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { PRESETS, type CfpLimits, type CheckLevelSetting, type CheckSetting, type ChecklistConfig, type DimensionConfig, type LecternConfig, type ManualItemConfig, type NewPostConfig, type Preset, type RuleSetting } from './config-types';
import type { FileProblem } from './problems';
import { DEFAULT_FILE_NAME, fileNamePatternProblem } from './templates/file-name';
import { CFP_FIELDS } from './templates/cfp';
import { allRules } from './lint/rules/index';
import { readTermsJson } from './terms';
import { allChecks } from './checklist/checks/index';
import { manualIdFromLabel } from './checklist/manual';
import { isPlatform, PLATFORMS } from './platform';
import type { SeveritySetting } from './lint/types';
import { normalizeContentFolder } from './content';

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];
const TOP_KEYS = ['$schema', 'extends', 'rules', 'allow', 'terms', 'contentFolders', 'dimensions', 'author', 'newPost', 'cfp', 'checklist'];

/** Every rule's severity and options under a preset: the rule's defaults, and for strict its `strict` changes. */
export function presetRules(preset: Preset): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of allRules) {
    const strict = preset === 'lectern:strict' ? rule.strict : undefined;
    rules[rule.id] = { severity: strict?.severity ?? rule.defaultSeverity, options: { ...rule.options, ...(strict?.options ?? {}) } };
  }
  return rules;
}

export function defaultConfig(preset: Preset = 'lectern:recommended'): LecternConfig {
  return {
    extends: preset, rules: presetRules(preset), allow: [], terms: [], contentFolders: [], dimensions: null,
    checklist: { platform: null, checks: {}, types: {}, manual: null },
    author: null, newPost: { folder: null, talksFolder: null, fileName: DEFAULT_FILE_NAME }, cfp: {},
  };
}

export function parseConfig(text: string): { config: LecternConfig; problems: FileProblem[] } {
  const config = defaultConfig();
  const problems: FileProblem[] = [];
  if (text.replace(/^\uFEFF/, '').trim() === '') return { config, problems };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) {
    const start = Math.min(e.offset, text.length);
    const end = Math.max(start, Math.min(text.length, e.offset + Math.max(1, e.length)));
    problems.push({ message: `JSON syntax error: ${describe(printParseErrorCode(e.error))}.`, range: { start, end }, severity: 'error' });
  }
  if (!root) {
    if (text.trim() === '') return { config, problems };
    if (errors.length === 0) problems.push(at({ offset: 0, length: text.length }, 'The configuration must be a JSON object.'));
    return { config, problems };
  }
  if (root.type !== 'object') {
    problems.push(at(root, 'The configuration must be a JSON object.'));
    return { config, problems };
  }
  // The preset first, wherever "extends" stands in the file: the other settings apply on top of it.
  const extendsNode = root.children?.find((prop) => prop.children?.[0]?.value === 'extends')?.children?.[1];
  if (extendsNode) {
    if (extendsNode.type === 'string' && (PRESETS as readonly string[]).includes(extendsNode.value as string)) {
      config.extends = extendsNode.value as Preset;
      config.rules = presetRules(config.extends);
    } else {
      problems.push(at(extendsNode, `"extends" must be one of ${PRESETS.map((p) => `"${p}"`).join(', ')}.`));
    }
  }
  for (const prop of root.children ?? []) {
    const keyNode = prop.children?.[0];
    const value = prop.children?.[1];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        if (value.type !== 'string') problems.push(at(value, '"$schema" must be a string.'));
        break;
      case 'extends':
        break;
      case 'rules':
        readRules(value, config, problems);
        break;
      case 'allow': {
        const list = stringList(value, 'allow', problems);
        if (list) config.allow = list;
        break;
      }
      case 'terms':
        config.terms = readTermsJson(value, problems);
        break;
      case 'contentFolders': {
        const list = stringList(value, 'contentFolders', problems);
        if (list) config.contentFolders = readFolders(value, list, problems);
        break;
      }
      case 'dimensions':
        config.dimensions = readDimensions(value, problems);
        break;
      case 'author':
        if (value.type !== 'string') problems.push(at(value, '"author" must be a string (your name, for {{author}} in templates).'));
        else config.author = (value.value as string).trim() || null;
        break;
      case 'newPost':
        readNewPost(value, config.newPost, problems);
        break;
      case 'cfp':
        config.cfp = readCfp(value, problems);
        break;
      case 'checklist':
        readChecklist(value, config.checklist, problems);
        break;
      default:
        problems.push(at(keyNode, `Unknown setting "${key}". Known settings: ${TOP_KEYS.join(', ')}.`, 'warning'));
    }
  }
  return { config, problems };
}

function readRules(node: Node, config: LecternConfig, problems: FileProblem[]): void {
  if (node.type !== 'object') { problems.push(at(node, '"rules" must be an object of rule id → severity or [severity, options].')); return; }
  for (const prop of node.children ?? []) {
    const keyNode = prop.children?.[0];
    const value = prop.children?.[1];
    if (!keyNode || !value) continue;
    const id = String(keyNode.value);
    const rule = allRules.find((r) => r.id === id);
    if (!rule) {
      const near = closest(id, allRules.map((r) => r.id));
      problems.push(at(keyNode, `Unknown rule "${id}".${near ? ` Did you mean "${near}"?` : ''}`, 'warning'));
      continue;
    }
    const setting = config.rules[id]!;
    let severityNode: Node | undefined = value;
    let optionsNode: Node | undefined;
    if (value.type === 'array') {
      severityNode = value.children?.[0];
      optionsNode = value.children?.[1];
      if (!severityNode || (value.children?.length ?? 0) > 2) {
        problems.push(at(value, `"${id}" must be a severity or [severity, options].`));
        continue;
      }
    }
    if (severityNode.type !== 'string' || !SEVERITIES.includes(severityNode.value as SeveritySetting)) {
      problems.push(at(severityNode, `Severity of "${id}" must be one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}.`));
    } else {
      setting.severity = severityNode.value as SeveritySetting;
    }
    if (optionsNode) readOptions(id, rule.options, optionsNode, setting.options, problems, rule.optionChoices);
  }
}

/** `choices`: the allowed values of string options that take one of a few words (RuleMeta.optionChoices). */
function readOptions(id: string, defaults: Record<string, unknown>, node: Node, into: Record<string, unknown>, problems: FileProblem[],
  choices?: Readonly<Record<string, readonly string[]>>): void {
  if (node.type !== 'object') { problems.push(at(node, `Options of "${id}" must be an object.`)); return; }
  for (const prop of node.children ?? []) {
    const keyNode = prop.children?.[0];
    const value = prop.children?.[1];
    if (!keyNode || !value) continue;
    const name = String(keyNode.value);
    // Own names only: "constructor", "toString" or "__proto__" are in every object and are not options.
    if (!Object.hasOwn(defaults, name)) {
      const names = Object.keys(defaults);
      problems.push(at(keyNode, `Unknown option "${name}" for "${id}".${names.length ? ` Options: ${names.join(', ')}.` : ' It has no options.'}`, 'warning'));
      continue;
    }
    const def = defaults[name];
    if (typeof def === 'number') {
      if (value.type !== 'number' || !Number.isFinite(value.value) || (value.value as number) < 0) {
        problems.push(at(value, `"${name}" of "${id}" must be a number ≥ 0.`));
        continue;
      }
      into[name] = value.value;
    } else if (typeof def === 'boolean') {
      if (value.type !== 'boolean') { problems.push(at(value, `"${name}" of "${id}" must be true or false.`)); continue; }
      into[name] = value.value;
    } else if (typeof def === 'string') {
      if (value.type !== 'string') { problems.push(at(value, `"${name}" of "${id}" must be a string.`)); continue; }
      const allowed = choices?.[name];
      if (allowed && !allowed.includes(value.value as string)) {
        problems.push(at(value, `"${name}" of "${id}" must be one of ${allowed.map((c) => `"${c}"`).join(', ')}.`));
        continue;
      }
      into[name] = value.value;
    } else if (Array.isArray(def)) {
      const list = stringList(value, `${id}.${name}`, problems);
      if (list) into[name] = list;
    }
  }
}

const CHECKLIST_KEYS = ['platform', 'checks', 'types', 'manual'];
const CHECK_LEVELS: readonly CheckLevelSetting[] = ['required', 'recommended', 'off'];

/** `"checklist"`: the platform, check levels and thresholds (also per post type) and the manual items. */
function readChecklist(node: Node, into: ChecklistConfig, problems: FileProblem[]): void {
  if (node.type !== 'object') { problems.push(at(node, '"checklist" must be an object {platform?, checks?, types?, manual?}.')); return; }
  for (const prop of node.children ?? []) {
    const keyNode = prop.children?.[0];
    const value = prop.children?.[1];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    if (key === 'platform') {
      if (value.type === 'string' && isPlatform(value.value as string)) into.platform = value.value as ChecklistConfig['platform'];
      else problems.push(at(value, `"platform" must be one of ${PLATFORMS.map((p) => `"${p}"`).join(', ')}.`));
    } else if (key === 'checks') {
      into.checks = readCheckSettings(value, 'checks', problems);
    } else if (key === 'types') {
      if (value.type !== 'object') { problems.push(at(value, '"types" must be an object of post type → checks.')); continue; }
      for (const t of value.children ?? []) {
        const typeKey = t.children?.[0];
        const typeValue = t.children?.[1];
        if (!typeKey || !typeValue) continue;
        into.types[String(typeKey.value).trim().toLowerCase()] = readCheckSettings(typeValue, `types.${String(typeKey.value)}`, problems);
      }
    } else if (key === 'manual') {
      into.manual = readManual(value, problems);
    } else {
      problems.push(at(keyNode, `Unknown checklist setting "${key}". Known settings: ${CHECKLIST_KEYS.join(', ')}.`, 'warning'));
    }
  }
}

/** Check id → level or [level, options], as "rules" has severities. */
function readCheckSettings(node: Node, name: string, problems: FileProblem[]): Record<string, Partial<CheckSetting>> {
  const out: Record<string, Partial<CheckSetting>> = {};
  if (node.type !== 'object') { problems.push(at(node, `"${name}" must be an object of check id → level or [level, options].`)); return out; }
  const ids = allChecks.map((c) => c.id);
  for (const prop of node.children ?? []) {
    const keyNode = prop.children?.[0];
    const value = prop.children?.[1];
    if (!keyNode || !value) continue;
    const id = String(keyNode.value);
    const check = allChecks.find((c) => c.id === id);
    if (!check) {
      const near = closest(id, ids);
      problems.push(at(keyNode, `Unknown check "${id}".${near ? ` Did you mean "${near}"?` : ''}`, 'warning'));
      continue;
    }
    let levelNode: Node | undefined = value;
    let optionsNode: Node | undefined;
    if (value.type === 'array') {
      levelNode = value.children?.[0];
      optionsNode = value.children?.[1];
      if (!levelNode || (value.children?.length ?? 0) > 2) { problems.push(at(value, `"${id}" must be a level or [level, options].`)); continue; }
    }
    const setting: Partial<CheckSetting> = {};
    if (levelNode.type !== 'string' || !CHECK_LEVELS.includes(levelNode.value as CheckLevelSetting)) {
      problems.push(at(levelNode, `Level of "${id}" must be one of ${CHECK_LEVELS.map((l) => `"${l}"`).join(', ')}.`));
    } else {
      setting.level = levelNode.value as CheckLevelSetting;
    }
    if (optionsNode) {
      const options: Record<string, unknown> = {};
      readOptions(id, check.options, optionsNode, options, problems);
      setting.options = options;
    }
    out[id] = setting;
  }
  return out;
}

/** Manual items: labels, or {id, label} objects when the id should survive a reworded label. */
function readManual(node: Node, problems: FileProblem[]): ManualItemConfig[] | null {
  if (node.type !== 'array') { problems.push(at(node, '"manual" must be an array of labels or {id, label} objects.')); return null; }
  const out: ManualItemConfig[] = [];
  for (const item of node.children ?? []) {
    let entry: ManualItemConfig | null = null;
    if (item.type === 'string' && (item.value as string).trim()) {
      entry = { id: manualIdFromLabel(item.value as string), label: (item.value as string).trim() };
    } else if (item.type === 'object') {
      const get = (k: string): Node | undefined => item.children?.find((p) => p.children?.[0]?.value === k)?.children?.[1];
      const id = get('id');
      const label = get('label');
      if (label?.type === 'string' && (label.value as string).trim() && (!id || (id.type === 'string' && /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(id.value as string)))) {
        entry = { id: id ? id.value as string : manualIdFromLabel(label.value as string), label: (label.value as string).trim() };
      }
    }
    if (!entry) { problems.push(at(item, 'A manual item is a non-empty label or {id, label} (id: letters, digits, dashes).')); continue; }
    if (out.some((o) => o.id === entry.id)) { problems.push(at(item, `Manual item id "${entry.id}" is used twice.`)); continue; }
    out.push(entry);
  }
  return out;
}

/** An array of strings; wrong items are reported and dropped, a wrong type gives null (keep the default). */
function stringList(node: Node, name: string, problems: FileProblem[]): string[] | null {
  if (node.type !== 'array') { problems.push(at(node, `"${name}" must be an array of strings.`)); return null; }
  const out: string[] = [];
  for (const item of node.children ?? []) {
    if (item.type !== 'string') problems.push(at(item, `Items of "${name}" must be strings.`));
    else out.push(item.value as string);
  }
  return out;
}

function readFolders(node: Node, list: string[], problems: FileProblem[], label = 'Content folder'): string[] {
  const out: string[] = [];
  list.forEach((folder, i) => {
    const item = node.children!.filter((c) => c.type === 'string')[i]!;
    const normal = normalizeContentFolder(folder);
    if (normal === null) {
      problems.push(at(item, `${label} "${folder}" must be relative to the workspace and stay inside it.`));
      return;
    }
    out.push(normal || '.');
  });
  return out;
}

const NEW_POST_KEYS = ['folder', 'talksFolder', 'fileName'];

function readNewPost(node: Node, out: NewPostConfig, problems: FileProblem[]): void {
  if (node.type !== 'object') { problems.push(at(node, '"newPost" must be an object {folder?, talksFolder?, fileName?}.')); return; }
  for (const prop of node.children ?? []) {
    const k = prop.children?.[0];
    const v = prop.children?.[1];
    if (!k || !v) continue;
    const key = String(k.value);
    if (!NEW_POST_KEYS.includes(key)) { problems.push(at(k, `Unknown "newPost" field "${key}". Fields: ${NEW_POST_KEYS.join(', ')}.`, 'warning')); continue; }
    if (v.type !== 'string') { problems.push(at(v, `"newPost.${key}" must be a string.`)); continue; }
    const text = v.value as string;
    if (key === 'fileName') {
      const problem = fileNamePatternProblem(text);
      if (problem) problems.push(at(v, `"newPost.fileName": ${problem}`));
      else out.fileName = text;
      continue;
    }
    const [folder] = readFolders({ ...node, children: [v] } as Node, [text], problems, `"newPost.${key}"`);
    if (folder !== undefined) out[key as 'folder' | 'talksFolder'] = folder;
  }
}

function readCfp(node: Node, problems: FileProblem[]): Record<string, CfpLimits> {
  const out: Record<string, CfpLimits> = {};
  if (node.type !== 'object') { problems.push(at(node, '"cfp" must be an object of event → {title?, pitch?, abstract?}.')); return out; }
  for (const prop of node.children ?? []) {
    const k = prop.children?.[0];
    const v = prop.children?.[1];
    if (!k || !v) continue;
    const event = String(k.value).trim();
    if (event === '') { problems.push(at(k, 'A CFP event key cannot be empty.')); continue; }
    if (v.type !== 'object') { problems.push(at(v, `Limits of "${event}" must be an object {title?, pitch?, abstract?}.`)); continue; }
    const limits: CfpLimits = {};
    for (const field of v.children ?? []) {
      const fk = field.children?.[0];
      const fv = field.children?.[1];
      if (!fk || !fv) continue;
      const name = String(fk.value);
      if (!(CFP_FIELDS as readonly string[]).includes(name)) {
        problems.push(at(fk, `Unknown CFP field "${name}". Fields: ${CFP_FIELDS.join(', ')}.`, 'warning'));
        continue;
      }
      if (fv.type !== 'number' || !Number.isInteger(fv.value) || (fv.value as number) < 1) {
        problems.push(at(fv, `"${name}" of "${event}" must be a whole number of characters ≥ 1.`));
        continue;
      }
      limits[name as keyof CfpLimits] = fv.value as number;
    }
    // An own property whatever the name: `out["__proto__"] = …` would replace the object's prototype instead.
    Object.defineProperty(out, event.toLowerCase(), { value: limits, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const DIMENSION_KEYS = ['id', 'name', 'aliases', 'color', 'icon'];
const COLOR = /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|[a-zA-Z]+|(rgb|rgba|hsl|hsla)\([^)]*\))$/;

function readDimensions(node: Node, problems: FileProblem[]): DimensionConfig[] | null {
  if (node.type !== 'array') { problems.push(at(node, '"dimensions" must be an array of {id, name, aliases?, color?, icon?}.')); return null; }
  const out: DimensionConfig[] = [];
  const seen = new Set<string>();
  for (const item of node.children ?? []) {
    if (item.type !== 'object') { problems.push(at(item, 'Each dimension must be an object {id, name, aliases?, color?, icon?}.')); continue; }
    const fields = new Map<string, Node>();
    for (const prop of item.children ?? []) {
      const k = prop.children?.[0];
      const v = prop.children?.[1];
      if (!k || !v) continue;
      const key = String(k.value);
      if (!DIMENSION_KEYS.includes(key)) { problems.push(at(k, `Unknown dimension field "${key}". Fields: ${DIMENSION_KEYS.join(', ')}.`, 'warning')); continue; }
      fields.set(key, v);
    }
    const id = fields.get('id');
    const name = fields.get('name');
    if (!id || id.type !== 'string' || !/^[a-z][a-z0-9-]*$/.test(id.value as string)) {
      problems.push(at(id ?? item, 'A dimension needs an "id": lower-case letters, digits and dashes, starting with a letter.'));
      continue;
    }
    if (!name || name.type !== 'string' || (name.value as string).trim() === '') {
      problems.push(at(name ?? item, `Dimension "${id.value}" needs a non-empty "name".`));
      continue;
    }
    if (seen.has(id.value as string)) { problems.push(at(id, `Dimension id "${id.value}" is used twice.`)); continue; }
    seen.add(id.value as string);
    const dim: DimensionConfig = { id: id.value as string, name: (name.value as string).trim(), aliases: [] };
    const aliases = fields.get('aliases');
    if (aliases) dim.aliases = stringList(aliases, 'aliases', problems) ?? [];
    const color = fields.get('color');
    if (color) {
      if (color.type === 'string' && COLOR.test(color.value as string)) dim.color = color.value as string;
      else problems.push(at(color, '"color" must be a CSS colour such as "#4e79a7".'));
    }
    const icon = fields.get('icon');
    if (icon) {
      if (icon.type === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(icon.value as string)) dim.icon = icon.value as string;
      else problems.push(at(icon, '"icon" must be a codicon id such as "tools".'));
    }
    out.push(dim);
  }
  return out.length > 0 ? out : null;
}

function at(node: { offset: number; length: number }, message: string, severity: FileProblem['severity'] = 'error'): FileProblem {
  return { message, range: { start: node.offset, end: node.offset + node.length }, severity };
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The known name within edit distance 2 of a typo, if any. */
function closest(word: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = 3;
  for (const n of names) {
    const d = distance(word, n);
    if (d < bestD) { bestD = d; best = n; }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
