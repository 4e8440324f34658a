import * as vscode from 'vscode';
import type { ConfigStore } from '../config-store';
import type { Dialogs } from '../prompts';
import { TemplateCatalogSource } from './catalog';
import { CfpDiagnostics } from './cfp-diagnostics';
import { registerInsertTemplate } from './insert-template';
import { registerNewPostFromTemplate } from './new-post';
import { registerNewTalkFromPost } from './new-talk-from-post';

/** What host tests reach through `activate`'s exports. */
export interface TemplatesApi {
  catalogs: TemplateCatalogSource;
  cfp: CfpDiagnostics;
}

/** Wires the templates feature: its three commands and the CFP-limit diagnostics. */
export function registerTemplates(context: vscode.ExtensionContext, configs: ConfigStore, dialogs: Dialogs): TemplatesApi {
  const catalogs = new TemplateCatalogSource();
  const cfp = new CfpDiagnostics(configs);
  context.subscriptions.push(
    catalogs,
    cfp,
    registerNewPostFromTemplate(configs, catalogs, dialogs),
    registerInsertTemplate(configs, catalogs, dialogs),
    registerNewTalkFromPost(configs, catalogs),
  );
  return { catalogs, cfp };
}
