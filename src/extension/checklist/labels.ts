import * as vscode from 'vscode';
import { localize } from '../../core/checklist/messages';
import type { ItemLevel, ItemStatus, LocalizedMessage } from '../../core/checklist/types';
import type { Platform, PlatformSource } from '../../core/platform';

/** A core checklist message in the editor's language (the core carries the English and Chinese catalogs). */
export function checklistText(message: LocalizedMessage): string {
  return localize(message, vscode.env.language);
}

export function levelName(level: ItemLevel): string {
  const labels: Record<ItemLevel, string> = {
    required: vscode.l10n.t('required'),
    recommended: vscode.l10n.t('recommended'),
    manual: vscode.l10n.t('manual'),
  };
  return labels[level];
}

export function statusName(status: ItemStatus, ticked: boolean): string {
  const labels: Record<ItemStatus, string> = {
    pass: vscode.l10n.t('passed'),
    fail: vscode.l10n.t('failed'),
    warn: vscode.l10n.t('warning'),
    manual: ticked ? vscode.l10n.t('ticked') : vscode.l10n.t('not ticked'),
  };
  return labels[status];
}

const PLATFORM_NAMES: Record<Platform, string> = {
  hugo: 'Hugo', zola: 'Zola', jekyll: 'Jekyll', astro: 'Astro', devto: 'DEV (dev.to)', hashnode: 'Hashnode', medium: 'Medium', generic: 'generic',
};

/** "Platform: Hugo (detected)", so the writer sees which rules apply and why. */
export function platformLine(platform: Platform, source: PlatformSource): string {
  const name = PLATFORM_NAMES[platform];
  switch (source) {
    case 'config':
      return vscode.l10n.t('Platform: {0} (from .lectern/config.json)', name);
    case 'detected':
      return vscode.l10n.t('Platform: {0} (detected from the workspace)', name);
    case 'default':
      return vscode.l10n.t('Platform: {0} (none configured or detected)', name);
  }
}
