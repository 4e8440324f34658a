import * as vscode from 'vscode';
import { matchDimension, type Dimension } from '../../core/goals/api';
import { cfpLength, DEFAULT_CFP_LIMITS, localize, TEMPLATE_KINDS, type Template, type TemplateKind } from '../../core/templates/index';
import type { Prompts } from '../prompts';
import { pickDimensionOf } from '../goals/goal-flow';
import { dimensionLabel } from '../goals/labels';

/** A QuickPick row that carries its value (separators carry none). */
export interface TemplateItem extends vscode.QuickPickItem {
  template?: Template;
}

function kindLabel(kind: TemplateKind): string {
  if (kind === 'blog') return vscode.l10n.t('Blog posts');
  if (kind === 'talk') return vscode.l10n.t('Talks');
  return vscode.l10n.t('Other work');
}

/** The template picker's rows: one separator per kind, then each template's name, dimension and description. */
export function templateItems(templates: readonly Template[], dimensions: readonly Dimension[]): TemplateItem[] {
  const language = vscode.env.language;
  const items: TemplateItem[] = [];
  for (const kind of TEMPLATE_KINDS) {
    const ofKind = templates.filter((t) => t.kind === kind);
    if (ofKind.length === 0) continue;
    items.push({ label: kindLabel(kind), kind: vscode.QuickPickItemKind.Separator });
    for (const t of ofKind) {
      const dimension = t.dimension ? matchDimension(dimensions, t.dimension) : null;
      items.push({
        label: localize(t.name, language),
        description: dimension ? `$(${dimension.icon}) ${dimensionLabel(dimension)}` : undefined,
        detail: localize(t.description, language),
        template: t,
      });
    }
  }
  return items;
}

export async function pickTemplate(ui: Prompts, templates: readonly Template[], dimensions: readonly Dimension[], placeHolder: string): Promise<Template | undefined> {
  const picked = await ui.showQuickPick(templateItems(templates, dimensions), { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.template;
}

export function isCfpTemplate(template: Template): boolean {
  return template.fields.some(([key, value]) => key === 'cfp' && value === true);
}

/** The title box: never empty; for a CFP template the length against the title limit as you type. */
export async function askTitle(ui: Prompts, template: Template, value = ''): Promise<string | undefined> {
  const limit = DEFAULT_CFP_LIMITS.title;
  const nf = new Intl.NumberFormat(vscode.env.language);
  const title = await ui.showInputBox({
    title: vscode.l10n.t('New {0}', localize(template.name, vscode.env.language)),
    prompt: vscode.l10n.t('Title'),
    value,
    validateInput: (text) => {
      if (text.trim() === '') return { message: vscode.l10n.t('Enter a title.'), severity: vscode.InputBoxValidationSeverity.Error };
      if (!isCfpTemplate(template)) return undefined;
      const length = cfpLength(text);
      return {
        message: vscode.l10n.t('Title: {0} of {1} characters', nf.format(length), nf.format(limit)),
        severity: length > limit ? vscode.InputBoxValidationSeverity.Warning : vscode.InputBoxValidationSeverity.Info,
      };
    },
  });
  const trimmed = title?.trim();
  return trimmed ? trimmed : undefined;
}

/** The dimension pick; the template's default comes first, so Enter takes it. Undefined when cancelled. */
export async function askDimension(ui: Prompts, dimensions: readonly Dimension[], preferred: Dimension | null): Promise<Dimension | null | undefined> {
  const id = await pickDimensionOf(ui, dimensions, {
    preferred: preferred ? { id: preferred.id, description: vscode.l10n.t('template default') } : undefined,
    none: { label: vscode.l10n.t('No dimension') },
    placeHolder: vscode.l10n.t('Growth dimension this builds'),
  });
  return id === undefined || id === null ? id : (dimensions.find((d) => d.id === id) ?? null);
}
