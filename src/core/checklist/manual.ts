/**
 * Manual items: things only the writer can confirm. Their ticks live in the editor's workspace state (per post); the
 * core only says which items there are. Item ids are `manual:<id>`, stable across reloads and label edits.
 */
import type { ChecklistConfig, ManualItemConfig } from '../config-types';
import { message, type ChecklistMessageId } from './messages';
import type { ChecklistItem } from './types';

export const DEFAULT_MANUAL_ITEMS: ReadonlyArray<{ id: string; messageId: ChecklistMessageId }> = Object.freeze([
  { id: 'read-aloud', messageId: 'manual.read-aloud' },
  { id: 'code-runs', messageId: 'manual.code-runs' },
  { id: 'reviewed', messageId: 'manual.reviewed' },
  { id: 'social', messageId: 'manual.social' },
]);

export const MANUAL_ID_PREFIX = 'manual:';

/** An id for a label the config gives without one: lower-case words joined by dashes (any script is kept). */
export function manualIdFromLabel(label: string): string {
  return label.normalize('NFKC').toLowerCase().trim().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'item';
}

/** The manual items of a checklist, in order: the config's list, or the four defaults. */
export function manualItems(config: Pick<ChecklistConfig, 'manual'>): ChecklistItem[] {
  const list: ReadonlyArray<ManualItemConfig> | null = config.manual;
  if (list === null) {
    return DEFAULT_MANUAL_ITEMS.map((d) => ({ id: MANUAL_ID_PREFIX + d.id, level: 'manual', status: 'manual', ...message(d.messageId) }));
  }
  return list.map((m) => ({ id: MANUAL_ID_PREFIX + m.id, level: 'manual', status: 'manual', ...message('manual.custom', { label: m.label }) }));
}
