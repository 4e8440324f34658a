import * as vscode from 'vscode';
import { checkCfp, type CfpField } from '../../core/templates/index';
import type { ConfigStore } from '../config-store';
import { integerFormat } from '../number-format';

const DEBOUNCE_MS = 300;

function fieldLabel(field: CfpField): string {
  if (field === 'title') return vscode.l10n.t('Title');
  if (field === 'pitch') return vscode.l10n.t('Elevator pitch');
  return vscode.l10n.t('Abstract');
}

/**
 * In a CFP proposal (`cfp: true`), a field longer than its event's limit is a warning at the field:
 * "Abstract: 1,412 of 1,300 characters". Limits come from `.lectern/config.json` → `cfp`, chosen by `event:`.
 */
export class CfpDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('lectern-cfp');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly configs: ConfigStore) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.update(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      configs.onDidChange(() => { for (const d of vscode.workspace.textDocuments) this.update(d); }),
    );
    // The documents already open are checked once `activate` has returned: the templates core loads on first use
    // (scripts/build.mjs, lazy chunks), and activation only registers.
    const first = setTimeout(() => { for (const d of vscode.workspace.textDocuments) this.update(d); }, 0);
    this.disposables.push({ dispose: () => clearTimeout(first) });
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.update(document);
    }, DEBOUNCE_MS));
  }

  /** Recomputes the document's CFP diagnostics now (also used by tests). */
  update(document: vscode.TextDocument): vscode.Diagnostic[] {
    if (document.languageId !== 'markdown' || document.isClosed) return [];
    const check = checkCfp(document.getText(), this.configs.configFor(document.uri).cfp);
    // The formatter only for a field over its limit: most posts are no CFP, and the first one made costs (number-format.ts).
    const diagnostics = (check?.fields ?? []).filter((f) => f.length > f.limit).map((f) => {
      const d = new vscode.Diagnostic(
        new vscode.Range(document.positionAt(f.range.start), document.positionAt(f.range.end)),
        vscode.l10n.t('{0}: {1} of {2} characters', fieldLabel(f.field), integerFormat().format(f.length), integerFormat().format(f.limit)),
        vscode.DiagnosticSeverity.Warning,
      );
      d.source = 'Lectern';
      d.code = `cfp-${f.field}`;
      return d;
    });
    this.collection.set(document.uri, diagnostics);
    return diagnostics;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
