import * as vscode from 'vscode';
import type { LintProviders } from '../../core/lint/index';
import type { ConfigStore } from '../config-store';
import { LintController } from './controller';
import { LintCodeActions } from './code-actions';
import { registerFixAll } from './fix-all';
import { registerAddToAllowList } from './allow-list';
import { LintHover } from './hover';
import { LintStatusBar } from './status-bar';
import { DocumentReport } from './report';
import { registerToggleFocusMode } from './focus-mode';
import { registerLintWorkspace } from './lint-workspace';
import { registerOpenConfig } from './open-config';
import { registerSchemaProvider } from './schema-provider';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };
const FALLBACK_REPOSITORY = 'https://github.com/lectern-dev/lectern';

/** What the lint feature exposes to the rest of the extension (and to the host tests, via `activate`'s return). */
export interface LintApi {
  controller: LintController;
  statusBar: LintStatusBar;
}

/** Wires the lint feature: config, diagnostics, quick fixes, hover, status bar, report and commands. */
export function registerLint(context: vscode.ExtensionContext, configs: ConfigStore, providers: LintProviders): LintApi {
  const manifest = context.extension.packageJSON as { repository?: { url?: string } | string };
  const repositoryUrl = (typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url) ?? FALLBACK_REPOSITORY;
  const log = vscode.window.createOutputChannel('Lectern', { log: true });
  const controller = new LintController(configs, repositoryUrl, log, providers);
  // The engine loads and warms up in the tasks after `activate` returns, before any other first work of Lectern.
  controller.warmUp();
  const statusBar = new LintStatusBar(controller);
  context.subscriptions.push(
    log,
    controller,
    statusBar,
    new DocumentReport(controller, repositoryUrl),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new LintCodeActions(controller), LintCodeActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new LintHover(controller, repositoryUrl)),
    registerFixAll(controller),
    registerAddToAllowList(),
    registerToggleFocusMode(),
    registerLintWorkspace(controller, configs, repositoryUrl),
    registerOpenConfig(),
    registerSchemaProvider(context.extensionUri),
  );
  // Lint what is already open once the configuration is read (documents opened later are linted on open).
  void configs.ready.then(() => controller.lintLoaded(), (error: unknown) => log.error(String(error)));
  return { controller, statusBar };
}
