import * as vscode from 'vscode';
import { readFrontMatter } from '../../core/frontmatter-edit';
import { firstHeading } from '../../core/goals/posts';
import { matchDimension, systemClock } from '../../core/goals/api';
import { stripMarkdownExtension } from '../../core/content';
import { escapeSnippet, renderBodySnippet, renderFrontMatter, templateValues } from '../../core/templates/index';
import type { ConfigStore } from '../config-store';
import type { TemplateCatalogSource } from './catalog';
import { templateWorkspace } from './create';
import { pickTemplate } from './pick';
import type { Dialogs } from '../prompts';

/**
 * `lectern.insertTemplate` ("Insert Template…"): a template's body at the cursor as a snippet. A document that has
 * no front matter yet also gets the template's front matter at its top (title from its first heading or file name).
 */
export function registerInsertTemplate(configs: ConfigStore, catalogs: TemplateCatalogSource, dialogs: Dialogs): vscode.Disposable {
  return vscode.commands.registerCommand('lectern.insertTemplate', async (templateId?: string) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown file to insert a template.'));
      return false;
    }
    const ws = await templateWorkspace(configs);
    if (!ws) return false;
    const { templates } = await catalogs.load(ws.root);
    const template = typeof templateId === 'string' ? templates.find((t) => t.id === templateId)
      : await pickTemplate(dialogs.prompts, templates, ws.dimensions, vscode.l10n.t('Choose a template to insert'));
    if (!template) return false;
    const text = editor.document.getText();
    const hasFrontMatter = readFrontMatter(text) !== null;
    const name = editor.document.uri.path.split('/').pop() ?? '';
    const title = firstHeading(text) ?? stripMarkdownExtension(name);
    const dimension = template.dimension ? matchDimension(ws.dimensions, template.dimension) : null;
    const request = { template, title, dimension, today: systemClock().today, author: ws.config.author };
    const values = templateValues(request);
    const body = renderBodySnippet(template, values);
    if (!hasFrontMatter) {
      const atTop = editor.selection.isEmpty && editor.document.offsetAt(editor.selection.active) === 0;
      const frontMatter = escapeSnippet(renderFrontMatter(request, values)) + '\n';
      if (atTop) return editor.insertSnippet(new vscode.SnippetString(frontMatter + body), new vscode.Position(0, 0));
      // Front matter goes at the top, the body where the cursor is; one undo stop each.
      const ok = await editor.edit((b) => b.insert(new vscode.Position(0, 0), renderFrontMatter(request, values) + '\n'));
      if (!ok) return false;
    }
    return editor.insertSnippet(new vscode.SnippetString(body), editor.selection);
  });
}
