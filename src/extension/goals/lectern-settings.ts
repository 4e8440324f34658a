import * as vscode from 'vscode';
import { parseConfig } from '../../core/lint/index';
import { resolveDimensions, type Dimension } from '../../core/goals/api';
import { readText } from './workspace-root';
import { CONFIG_FILE_PATH, effectiveContentFolders } from '../../core/content';
import type { Platform } from '../../core/platform';

/** What the goals feature takes from `.lectern/config.json` and the settings. */
export interface GoalsSettings {
  /** Workspace-relative POSIX folders; empty = the whole workspace. */
  contentFolders: string[];
  dimensions: Dimension[];
  /** `checklist.platform` from the config; null = detect it from the workspace's site files. */
  platform: Platform | null;
}

/**
 * Content folders come from `.lectern/config.json` when it lists some, else from the `lectern.contentFolders`
 * setting, else the whole workspace. Dimensions come from the config file or are the built-in five.
 * A config that does not parse falls back to the defaults for the broken part (the lint feature shows its problems).
 */
export async function loadGoalsSettings(root: vscode.Uri): Promise<GoalsSettings> {
  const text = await readText(vscode.Uri.joinPath(root, ...CONFIG_FILE_PATH.split('/')));
  let fromFile: string[] = [];
  let dimensions: Dimension[] | undefined;
  let platform: Platform | null = null;
  if (text !== undefined) {
    try {
      const { config } = parseConfig(text);
      fromFile = config.contentFolders;
      dimensions = resolveDimensions(config);
      platform = config.checklist.platform;
    } catch {
      // A config the parser rejects outright: defaults below.
    }
  }
  const fromSetting = vscode.workspace.getConfiguration('lectern', root).get<unknown[]>('contentFolders', []);
  return { contentFolders: effectiveContentFolders(fromFile, fromSetting), dimensions: dimensions ?? resolveDimensions(null), platform };
}

export function sameFolders(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}
