/** The checklist's contract: ids as issue 8 writes them, the message catalogs, and platform detection. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORE_CHECK_IDS, PLATFORM_CHECK_IDS } from '../../../src/core/checklist/types';
import { CHECKLIST_MESSAGES_EN, CHECKLIST_MESSAGES_ZH_CN, localize, message } from '../../../src/core/checklist/messages';
import { fillTemplate } from '../../../src/core/lint/messages/index';
import { detectPlatform, PLATFORMS, resolvePlatform } from '../../../src/core/platform';

test('core check ids are exactly the issue table, in its order', () => {
  assert.deepEqual([...CORE_CHECK_IDS], ['front-matter', 'title', 'title-length', 'description', 'dimension', 'tags', 'date',
    'lint-errors', 'clarity', 'headings', 'image-alt', 'links', 'link-text', 'placeholders', 'code-language', 'word-count', 'canonical']);
});

test('every platform check id starts with a platform name', () => {
  for (const id of PLATFORM_CHECK_IDS) {
    assert.ok(PLATFORMS.some((p) => p !== 'generic' && id.startsWith(`${p}-`)), id);
  }
  for (const p of ['devto', 'hashnode', 'medium', 'hugo', 'jekyll', 'astro']) {
    assert.ok(PLATFORM_CHECK_IDS.some((id) => id.startsWith(`${p}-`)), p);
  }
});

test('the Chinese catalog has every id with the same placeholders', () => {
  const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
  assert.deepEqual(Object.keys(CHECKLIST_MESSAGES_ZH_CN).sort(), Object.keys(CHECKLIST_MESSAGES_EN).sort());
  for (const [id, en] of Object.entries(CHECKLIST_MESSAGES_EN)) {
    const zh = (CHECKLIST_MESSAGES_ZH_CN as Record<string, string>)[id]!;
    assert.deepEqual(placeholders(zh), placeholders(en), id);
    assert.notEqual(zh.trim(), '', id);
  }
  // Every core check has an ok message and at least one other.
  for (const id of [...CORE_CHECK_IDS, ...PLATFORM_CHECK_IDS]) {
    const keys = Object.keys(CHECKLIST_MESSAGES_EN).filter((k) => k.startsWith(`${id}.`));
    assert.ok(keys.includes(`${id}.ok`), `${id}.ok`);
    assert.ok(keys.length >= 2, id);
  }
});

test('messages carry id, data and English text; localize picks the catalog', () => {
  const m = message('tags.many', { count: 6, max: 5 });
  assert.deepEqual(m, { messageId: 'tags.many', data: { count: 6, max: 5 }, message: '6 tags; keep it to 5.' });
  assert.equal(localize(m, 'zh-cn'), '6 个标签；最多 5 个。');
  assert.equal(localize(m, 'en'), '6 tags; keep it to 5.');
  assert.equal(localize({ messageId: 'not.known', data: {}, message: 'Kept' }, 'zh-cn'), 'Kept');
  assert.equal(fillTemplate('{a} and {b}', { a: 1 }, ', '), '1 and {b}');
});

test('platform detection from root files', () => {
  assert.equal(detectPlatform(['hugo.toml', 'content'], {}), 'hugo');
  assert.equal(detectPlatform(['config.toml'], { 'config.toml': 'baseURL = "https://x.dev/"\ntheme = "ananke"\n' }), 'hugo');
  assert.equal(detectPlatform(['config.toml'], { 'config.toml': 'base_url = "https://x.dev"\ncompile_sass = true\n[markdown]\nhighlight_code = true\n' }), 'zola');
  assert.equal(detectPlatform(['config.toml'], { 'config.toml': 'name = "unrelated"\n' }), null);
  assert.equal(detectPlatform(['config.toml'], { 'config.toml': 'base_url = "x"\n[broken\n' }), 'zola');
  assert.equal(detectPlatform(['_config.yml', '_posts'], {}), 'jekyll');
  assert.equal(detectPlatform(['astro.config.mjs', 'src'], {}), 'astro');
  assert.equal(detectPlatform(['README.md'], {}), null);
  assert.deepEqual(resolvePlatform('devto', 'hugo'), { platform: 'devto', source: 'config' });
  assert.deepEqual(resolvePlatform(null, 'hugo'), { platform: 'hugo', source: 'detected' });
  assert.deepEqual(resolvePlatform(undefined, null), { platform: 'generic', source: 'default' });
});

test('manual items: the four defaults, or the config list with stable ids', async () => {
  const { manualItems, manualIdFromLabel } = await import('../../../src/core/checklist/manual');
  const defaults = manualItems({ manual: null });
  assert.deepEqual(defaults.map((i) => i.id), ['manual:read-aloud', 'manual:code-runs', 'manual:reviewed', 'manual:social']);
  assert.deepEqual(defaults.map((i) => i.message), ['Read it aloud once', 'Code samples run as shown', 'Someone reviewed it', 'Summary and social post drafted']);
  assert.ok(defaults.every((i) => i.level === 'manual' && i.status === 'manual'));
  const custom = manualItems({ manual: [{ id: 'screenshots', label: 'Screenshots updated' }] });
  assert.deepEqual(custom.map((i) => [i.id, i.message, i.messageId]), [['manual:screenshots', 'Screenshots updated', 'manual.custom']]);
  assert.equal(manualIdFromLabel('Read it aloud, twice!'), 'read-it-aloud-twice');
  assert.equal(manualIdFromLabel('朗读一遍'), '朗读一遍');
});
