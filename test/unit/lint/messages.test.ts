/**
 * The rule message catalogs stay complete: English and Simplified Chinese have the same rule sections and message
 * ids with the same {placeholders}, every rule's description and "why" is translated, and every finding a rule's
 * own examples produce renders in both languages with every placeholder filled (as l10n.test.ts checks the UI bundle).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRules } from '../../../src/core/lint/rules/index';
import { lintText } from '../../../src/core/lint/index';
import { en } from '../../../src/core/lint/messages/en';
import { zhCn } from '../../../src/core/lint/messages/zh-cn';
import { localeFrom, localizeFinding, renderMessage, template, LOCALES } from '../../../src/core/lint/messages/index';
import { only } from './helpers';

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const sorted = (keys: Iterable<string>): string[] => [...keys].sort();

test('en and zh-CN have the same rule sections, message ids and placeholders', () => {
  assert.deepEqual(sorted(Object.keys(zhCn.messages)), sorted(Object.keys(en.messages)));
  for (const [section, messages] of Object.entries(en.messages)) {
    const zh = zhCn.messages[section]!;
    assert.deepEqual(sorted(Object.keys(zh)), sorted(Object.keys(messages)), `message ids of ${section}`);
    for (const [id, text] of Object.entries(messages)) {
      assert.ok(text.trim().length > 0 && zh[id]!.trim().length > 0, `${section}.${id} is empty`);
      assert.deepEqual(placeholders(zh[id]!), placeholders(text), `placeholders of ${section}.${id}`);
    }
  }
});

test('every rule has its description and why in Chinese; no catalog section without a rule', () => {
  const ids = new Set(allRules.map((r) => r.id));
  for (const id of ids) {
    const texts = zhCn.rules?.[id];
    assert.ok(texts && texts.description.trim() && texts.why.trim(), `zh-cn has no description/why for ${id}`);
  }
  assert.deepEqual(Object.keys(en.messages).filter((k) => k !== 'common' && !ids.has(k)), []);
  assert.deepEqual(Object.keys(zhCn.rules ?? {}).filter((k) => !ids.has(k)), []);
});

test('every finding of every rule example renders in both locales with no placeholder left', () => {
  let checked = 0;
  for (const rule of allRules) {
    const config = only(rule.id);
    for (const text of rule.examples.notOk) {
      for (const f of lintText(text, config).findings.filter((x) => x.rule === rule.id)) {
        for (const locale of LOCALES) {
          assert.ok(template(locale, rule.id, f.messageId), `${locale}: ${rule.id}.${f.messageId} missing`);
          const shown = localizeFinding(f, locale);
          assert.doesNotMatch(shown.message, /\{\w+\}/, `${locale}: ${shown.message}`);
          for (const fix of [shown.fix, ...(shown.suggestions ?? [])]) {
            if (!fix) continue;
            assert.ok(fix.titleId && template(locale, rule.id, fix.titleId), `${locale}: ${rule.id} fix title ${fix.titleId}`);
            assert.doesNotMatch(fix.title, /\{\w+\}/, `${locale}: ${fix.title}`);
          }
        }
        assert.equal(f.message, renderMessage('en', rule.id, f.messageId, f.data), 'the finding carries the English rendering');
        checked++;
      }
    }
  }
  assert.ok(checked >= allRules.length, `only ${checked} findings checked`);
});

test('zh-CN renders Chinese, with lists joined in Chinese', () => {
  const [f] = lintText('We utilize it.', only('simpler-word')).findings;
  assert.equal(f!.message, "Use 'use' instead of 'utilize'.");
  assert.equal(localizeFinding(f!, 'zh-CN').message, '用“use”代替“utilize”。');
  assert.equal(localizeFinding(f!, 'zh-CN').fix!.title, '替换为“use”');
  assert.equal(renderMessage('zh-CN', 'common', 'replace', { replacements: ['a', 'b'], text: 'c' }), '用“a”或“b”代替“c”。');
  assert.equal(renderMessage('en', 'common', 'replace', { replacements: ['a', 'b'], text: 'c' }), "Use 'a' or 'b' instead of 'c'.");
});

test('localeFrom: BCP 47 tags and POSIX locale names', () => {
  for (const tag of ['zh', 'zh-cn', 'zh-CN', 'zh_CN.UTF-8', 'zh-Hans', 'zh-Hans-CN', 'zh_SG', 'zh_CN.GB18030@x']) assert.equal(localeFrom(tag), 'zh-CN', tag);
  for (const tag of [undefined, '', 'C', 'POSIX', 'en', 'en_US.UTF-8', 'zh-TW', 'zh_HK.UTF-8', 'fr']) assert.equal(localeFrom(tag), 'en', String(tag));
});
