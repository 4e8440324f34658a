/** Runs the checklist on a text with an in-memory workspace. */
import { runChecklist } from '../../../src/core/checklist/run';
import type { ChecklistItem, ChecklistResult } from '../../../src/core/checklist/types';
import { defaultConfig, parseConfig } from '../../../src/core/config';
import { fixedClock } from '../../../src/core/goals/dates';
import type { Platform } from '../../../src/core/platform';

export interface RunOptions {
  path?: string;
  platform?: Platform;
  /** `.lectern/config.json` text. */
  config?: string;
  /** Other workspace files: path → text. */
  files?: Record<string, string>;
  today?: string;
  publishingNow?: boolean;
}

export async function check(text: string, options: RunOptions = {}): Promise<ChecklistResult> {
  const files = options.files ?? {};
  const config = options.config === undefined ? defaultConfig() : parseConfig(options.config).config;
  return runChecklist({
    path: options.path ?? 'posts/post.md',
    text,
    config,
    platform: options.platform ?? 'generic',
    platformSource: options.platform ? 'config' : 'default',
    files: {
      exists: async (p) => p in files || Object.keys(files).some((f) => f.startsWith(p + '/')),
      readText: async (p) => files[p] ?? null,
    },
    clock: fixedClock(options.today ?? '2026-06-15'),
    publishingNow: options.publishingNow ?? true,
  });
}

export async function item(text: string, id: string, options?: RunOptions): Promise<ChecklistItem> {
  const result = await check(text, options);
  const found = result.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id} in ${result.items.map((i) => i.id).join(', ')}`);
  return found;
}
