/**
 * Renders rule messages, fix titles and rule texts in a locale. Rules return a message id and placeholder values
 * (RuleFinding); the engine renders English into `Finding.message` (the JSON and SARIF contracts), and the CLI
 * (`--locale`) and the extension (VS Code's display language) render again in the user's language.
 */
import type { Finding, Fix, MessageData } from '../types';
import { en } from './en';
import { zhCn } from './zh-cn';
import type { Catalog, Locale } from './types';

export type { Catalog, Locale } from './types';
export { LOCALES } from './types';

const catalogs: Readonly<Record<Locale, Catalog>> = { en, 'zh-CN': zhCn };

export function catalogFor(locale: Locale): Catalog {
  return catalogs[locale];
}

/**
 * The locale for a BCP 47 tag or a POSIX locale name: zh, zh-CN, zh-Hans, zh_CN.UTF-8 and zh-SG are Simplified
 * Chinese; anything else (including zh-TW and zh-HK, which use Traditional characters) is English.
 */
export function localeFrom(tag: string | undefined): Locale {
  const t = (tag ?? '').toLowerCase().replace(/_/g, '-').replace(/[.@].*$/, '');
  if (t === 'zh' || t.startsWith('zh-cn') || t.startsWith('zh-hans') || t.startsWith('zh-sg')) return 'zh-CN';
  return 'en';
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** A message template of `ruleId` (or of `common`), or undefined when neither catalog section has the id. */
export function template(locale: Locale, ruleId: string, messageId: string): string | undefined {
  const { messages } = catalogs[locale];
  return messages[ruleId]?.[messageId] ?? messages.common?.[messageId];
}

/**
 * The message `messageId` of `ruleId` in `locale`, its placeholders filled from `data`. A missing translation falls
 * back to English; a missing id renders as the id itself (the catalog test makes both impossible for built-in rules).
 */
export function renderMessage(locale: Locale, ruleId: string, messageId: string, data?: MessageData): string {
  const tpl = template(locale, ruleId, messageId) ?? template('en', ruleId, messageId);
  if (tpl === undefined) return messageId;
  return data ? fillTemplate(tpl, data, catalogs[locale].listJoin) : tpl;
}

/** Fills a template's `{name}` placeholders; a list value is joined with `listJoin`; unknown names stay as they are. */
export function fillTemplate(tpl: string, data: MessageData, listJoin: string): string {
  return tpl.replace(PLACEHOLDER, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value.join(listJoin) : String(value);
  });
}

/** The fix's title in `locale` (fixes without a title id keep their title). */
export function fixTitle(locale: Locale, ruleId: string, fix: Fix): string {
  return fix.titleId === undefined ? fix.title : renderMessage(locale, ruleId, fix.titleId, fix.data);
}

/** The finding with its message and fix titles rendered in `locale` (the same object for English). */
export function localizeFinding(finding: Finding, locale: Locale): Finding {
  if (locale === 'en') return finding;
  const out: Finding = { ...finding, message: renderMessage(locale, finding.rule, finding.messageId, finding.data) };
  if (finding.fix) out.fix = { ...finding.fix, title: fixTitle(locale, finding.rule, finding.fix) };
  if (finding.suggestions) out.suggestions = finding.suggestions.map((s) => ({ ...s, title: fixTitle(locale, finding.rule, s) }));
  return out;
}

/** A rule's description and "why" in `locale`; `english` (the rule's own texts) when there is no translation. */
export function ruleTexts(locale: Locale, ruleId: string, english: { description: string; why: string }): { description: string; why: string } {
  return catalogs[locale].rules?.[ruleId] ?? english;
}
