import type { SeveritySetting } from './lint/types';
import type { TermEntry } from './terms';
import type { Platform } from './platform';

/**
 * The one shared configuration file, `.lectern/config.json` (JSON with comments) at the workspace root, read by the
 * CLI and the extension alike. Parsing and validation live in `config.ts`; this file is only the shape.
 *
 * {
 *   "$schema": "…",
 *   "extends": "lectern:recommended",        // or "lectern:strict"; the settings below apply on top
 *   "rules": { "long-sentence": ["warning", { "max": 30 }], "hedge": "off" },
 *   "allow": ["Kubernetes"],                 // words no word-list rule flags
 *   "contentFolders": ["posts", "talks"],    // where posts live; default: the whole workspace
 *   "dimensions": [ … ],                     // growth dimensions; default: the five built-in ones
 *   "checklist": {                           // the publish checklist (issue 8)
 *     "platform": "hugo",                    // default: detected from the workspace, else generic
 *     "checks": { "tags": "required", "word-count": ["recommended", { "min": 800, "max": 2500 }] },
 *     "types": { "til": { "word-count": ["recommended", { "min": 100, "max": 800 }] } },
 *     "manual": ["Read it aloud once", …]   // manual items; default: four built-in ones
 *   },
 *   "author": "Ada Lovelace",                // {{author}} in templates
 *   "newPost": { "folder": "posts", "talksFolder": "talks", "fileName": "{{date}}-{{slug}}.md" },
 *   "cfp": { "kubecon": { "title": 75, "abstract": 1300 } }   // CFP limits per event
 * }
 */
/** The built-in rule sets: calm defaults, or every rule on at the thresholds of before the calm defaults. */
export const PRESETS = ['lectern:recommended', 'lectern:strict'] as const;
export type Preset = (typeof PRESETS)[number];

export interface LecternConfig {
  /** The preset the rule settings start from. */
  extends: Preset;
  rules: Record<string, RuleSetting>;
  allow: string[];
  /** House terms (config.json's "terms" then .lectern/terms.yaml's), matched by the `term` rule. */
  terms: TermEntry[];
  /** Workspace-relative folders (POSIX separators). Empty means the whole workspace. */
  contentFolders: string[];
  /** Null means "use the built-in five". */
  dimensions: DimensionConfig[] | null;
  checklist: ChecklistConfig;
  /** `{{author}}` in templates; null when not set. */
  author: string | null;
  /** Where New Post from Template and `lectern new` create files. */
  newPost: NewPostConfig;
  /** CFP limits per event key (lower-cased), chosen by a proposal's `event:`. */
  cfp: Record<string, CfpLimits>;
}

/** `required`, `recommended` or `off`, as PublishPress Checklists has them. */
export type CheckLevelSetting = 'required' | 'recommended' | 'off';

export interface CheckSetting {
  level: CheckLevelSetting;
  /** Thresholds; every check's options and their defaults are listed in `src/core/checklist/checks/index.ts`. */
  options: Record<string, unknown>;
}

export interface ChecklistConfig {
  /** Null: detect from the workspace's files. */
  platform: Platform | null;
  /** Check id → what the config says about it (only the checks the config names). */
  checks: Record<string, Partial<CheckSetting>>;
  /** Post type (lower-case) → check id → what differs for posts of that type (over `checks` and the built-in defaults). */
  types: Record<string, Record<string, Partial<CheckSetting>>>;
  /** Manual items; null means the four built-in ones. */
  manual: ManualItemConfig[] | null;
}

export interface ManualItemConfig {
  /** Stable id (ticks are stored under it): the config's `id`, else derived from the label. */
  id: string;
  label: string;
}

export interface NewPostConfig {
  /** Workspace-relative folder for new posts; null means the first content folder (else the workspace root). */
  folder: string | null;
  /** Workspace-relative folder for new talks (`type: talk`); null means a content folder named `talks`, else `folder`. */
  talksFolder: string | null;
  /** The file name, with `{{date}} {{year}} {{month}} {{day}} {{slug}}`; may name sub-folders with `/`. */
  fileName: string;
}

/** Character limits of a call for proposals; a field left out has no limit of its own (the defaults apply). */
export interface CfpLimits {
  title?: number;
  pitch?: number;
  abstract?: number;
}

export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface DimensionConfig {
  id: string;
  /** English name. */
  name: string;
  /** Other accepted names (e.g. the Chinese name); matched case-insensitively with id and name. */
  aliases: string[];
  /** A CSS colour, e.g. "#4e79a7". */
  color?: string;
  /** A codicon id, e.g. "tools". */
  icon?: string;
}
