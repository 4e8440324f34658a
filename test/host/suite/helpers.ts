/**
 * What the host suites share (not a suite itself: index.ts loads only `*.test.js`): the extension's exports, the
 * fixture workspace's files, tree rows as a person reads them, and scripted answers for the dialogs every command
 * asks through (`setPrompts` in the exports). Waiting until the views settle is eventually.ts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LecternExports } from '../../../src/extension/extension';
import type { ValueItem } from '../../../src/extension/goals/goal-flow';
import type { Prompts } from '../../../src/extension/prompts';

/** Activates Lectern in the host and returns its exports (the test handles). */
export async function activateLectern(): Promise<LecternExports> {
  const ext = vscode.extensions.getExtension<LecternExports>('lectern-dev.lectern');
  assert.ok(ext, 'the extension under test is installed');
  return ext.activate();
}

/** The fixture workspace folder (test/fixtures/host-workspace, copied for the run). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return folder.uri;
}

/** A workspace-relative POSIX path as a Uri. */
export function fileUri(path: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...path.split('/'));
}

/** A Uri inside the workspace as a workspace-relative POSIX path. */
export function relativePath(uri: vscode.Uri): string {
  return uri.path.slice(workspaceRoot().path.replace(/\/$/, '').length + 1);
}

export async function readFile(path: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fileUri(path)));
}

export async function writeFile(path: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fileUri(path), new TextEncoder().encode(text));
}

/** A tree row as a person reads it. */
export interface Row {
  label: string;
  description: string;
}

function rowOf(item: vscode.TreeItem): Row {
  return {
    label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
    description: typeof item.description === 'string' ? item.description : '',
  };
}

/** The rows at the top of `provider` or under `parent`. */
export async function treeRows<T>(provider: vscode.TreeDataProvider<T>, parent?: T): Promise<Row[]> {
  const children = (await provider.getChildren(parent)) ?? [];
  return Promise.all(children.map(async (c) => rowOf(await provider.getTreeItem(c))));
}

/** Every label in a tree, depth first. */
export async function treeLabels<T>(provider: vscode.TreeDataProvider<T>, parent?: T): Promise<string[]> {
  const out: string[] = [];
  for (const c of (await provider.getChildren(parent)) ?? []) {
    out.push(rowOf(await provider.getTreeItem(c)).label);
    out.push(...(await treeLabels(provider, c)));
  }
  return out;
}

/** The child node of `provider` (at the top or under `parent`) whose label is `label`. */
export async function nodeLabelled<T>(provider: vscode.TreeDataProvider<T>, label: string, parent?: T): Promise<T> {
  for (const c of (await provider.getChildren(parent)) ?? []) {
    if (rowOf(await provider.getTreeItem(c)).label === label) return c;
  }
  throw new Error(`no tree item labelled ${label}`);
}

/**
 * Scripted dialog answers, in order; any dialog beyond the script fails the test. A QuickPick is answered by the
 * item's value (goals' `ValueItem`) or else its label; an InputBox answer must pass the box's validation
 * (`<default>` takes the box's own value); a confirmation is `yes` or anything else. `seen` records each dialog:
 * `pick:title:label|label…`, `input:title:value`, `confirm:message`.
 */
export function scripted(answers: Array<string | number>, seen: string[] = []): Prompts {
  const next = (what: string) => {
    if (answers.length === 0) throw new Error(`unexpected ${what}`);
    return answers.shift()!;
  };
  return {
    async showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions) {
      seen.push(`pick:${options.title ?? ''}:${items.map((i) => i.label).join('|')}`);
      const answer = next(`QuickPick ${options.title ?? options.placeHolder}`);
      const item = items.find((i) => (i as unknown as ValueItem<unknown>).value === answer) ?? items.find((i) => i.label === answer);
      assert.ok(item, `QuickPick ${options.title ?? options.placeHolder} has no item ${answer}`);
      return item;
    },
    async showInputBox(options: vscode.InputBoxOptions) {
      seen.push(`input:${options.title ?? ''}:${options.value ?? ''}`);
      const answer = String(next(`InputBox ${options.title}`));
      const text = answer === '<default>' ? (options.value ?? '') : answer;
      const problem = await options.validateInput?.(text);
      assert.equal(problem ?? undefined, undefined, `the scripted answer ${text} passes validation`);
      return text;
    },
    async confirm(message: string, _detail: string, action: string) {
      seen.push(`confirm:${message}`);
      return next(`confirmation ${message}`) === 'yes' ? action : undefined;
    },
  };
}

/** Dialogs a test does not expect: any of them fails it. */
export const NO_PROMPTS: Prompts = {
  showQuickPick: () => Promise.reject(new Error('no QuickPick expected')),
  showInputBox: () => Promise.reject(new Error('no InputBox expected')),
  confirm: () => Promise.reject(new Error('no confirmation expected')),
};

/** After each test: revert what a failed test left unsaved (so closing never asks), then close every editor. */
export async function revertAndCloseEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
