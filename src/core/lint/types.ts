import type { TextEdit, TextRange } from '../text';

export type { TextEdit };

/**
 * What a rule's findings are shown as. `off` only appears in configuration, never on a finding. `hint` is a suggestion
 * (VS Code's Hint: dotted underline, not in the Problems panel).
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** The values a catalog message's `{placeholders}` are filled with (messages/index.ts). */
export type MessageData = Readonly<Record<string, string | number | readonly string[]>>;

/** A fix is data: edits against the linted text, applied by the one pure `applyFixes` in the editor and the CLI. */
export interface Fix {
  /** Shown as the quick-fix title, e.g. "Replace with 'use'": the English rendering of `titleId`. */
  title: string;
  /** The title's id in the rule's message catalog, and its placeholder values: hosts render it in their locale. */
  titleId?: string;
  data?: MessageData;
  edits: TextEdit[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** The message's id in the rule's catalog (messages/) and its placeholder values: hosts render it in their locale. */
  messageId: string;
  data: MessageData;
  /** The message rendered in English (the JSON and SARIF `message`, unless a locale is chosen). */
  message: string;
  range: TextRange;
  /** The safe, automatic fix ("fix all" and `--fix` apply it). */
  fix?: Fix;
  /** Alternatives a person chooses between; never applied automatically. */
  suggestions?: Fix[];
}
