import * as vscode from 'vscode';
import { matchDimension } from '../../core/goals/api';
import type { ConfigStore } from '../config-store';
import type { TemplateCatalogSource } from './catalog';
import { createFromTemplate, templateWorkspace } from './create';
import { askDimension, askTitle, pickTemplate } from './pick';
import type { Dialogs } from '../prompts';

/**
 * `lectern.newPostFromTemplate` ("New Post from Template…"): pick a template (grouped by kind), enter the title,
 * pick the growth dimension (the template's default first), then the file is created and opened with the body as a
 * snippet. A template id as the first argument skips the template pick. Returns the new file's Uri.
 */
export function registerNewPostFromTemplate(configs: ConfigStore, catalogs: TemplateCatalogSource, dialogs: Dialogs): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.newPostFromTemplate', async (templateId?: string) => {
    const ws = await templateWorkspace(configs);
    if (!ws) return undefined;
    const { templates } = await catalogs.load(ws.root);
    const template = typeof templateId === 'string' ? templates.find((t) => t.id === templateId)
      : await pickTemplate(dialogs.prompts, templates, ws.dimensions, vscode.l10n.t('Choose a template for the new post'));
    if (!template) return undefined;
    const title = await askTitle(dialogs.prompts, template);
    if (title === undefined) return undefined;
    const preferred = template.dimension ? matchDimension(ws.dimensions, template.dimension) : null;
    const dimension = await askDimension(dialogs.prompts, ws.dimensions, preferred);
    if (dimension === undefined) return undefined;
    return createFromTemplate(ws, { template, title, dimension });
  });
}
