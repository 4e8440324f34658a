/** `"checklist"` in .lectern/config.json: levels, thresholds, per-type overrides, manual items, located problems. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseConfig } from '../../../src/core/config';
import { allChecks } from '../../../src/core/checklist/checks/index';
import { checkSetting } from '../../../src/core/checklist/settings';

const CONFIG = `{
  // comments are fine
  "checklist": {
    "platform": "devto",
    "checks": { "tags": "required", "word-count": ["recommended", { "min": 800 }], "canonical": "off" },
    "types": { "TIL": { "word-count": ["required", { "max": 500 }] } },
    "manual": ["Screenshots updated", { "id": "legal", "label": "Legal approved" }]
  }
}`;

test('a valid checklist config is read', () => {
  const { config, problems } = parseConfig(CONFIG);
  assert.deepEqual(problems, []);
  assert.equal(config.checklist.platform, 'devto');
  assert.deepEqual(config.checklist.checks['tags'], { level: 'required' });
  assert.deepEqual(config.checklist.checks['word-count'], { level: 'recommended', options: { min: 800 } });
  assert.deepEqual(config.checklist.types['til'], { 'word-count': { level: 'required', options: { max: 500 } } });
  assert.deepEqual(config.checklist.manual, [{ id: 'screenshots-updated', label: 'Screenshots updated' }, { id: 'legal', label: 'Legal approved' }]);
});

test('settings layer: defaults < built-in type < checks < types', () => {
  const { config } = parseConfig(CONFIG);
  const wc = allChecks.find((c) => c.id === 'word-count')!;
  assert.deepEqual(checkSetting(wc, config.checklist, 'blog'), { level: 'recommended', options: { min: 800, max: 3000 } });
  assert.deepEqual(checkSetting(wc, config.checklist, 'til'), { level: 'required', options: { min: 800, max: 500 } });
  const plain = parseConfig('{}').config;
  assert.deepEqual(checkSetting(wc, plain.checklist, 'til'), { level: 'recommended', options: { min: 100, max: 800 } });
  assert.deepEqual(checkSetting(wc, plain.checklist, 'blog'), { level: 'recommended', options: { min: 600, max: 3000 } });
  const canonical = allChecks.find((c) => c.id === 'canonical')!;
  assert.equal(checkSetting(canonical, config.checklist, 'blog').level, 'off');
});

test('bad values are located problems and fall back to defaults', () => {
  const text = `{"checklist": {"platform": "wordpress", "checks": {"titel": "required", "tags": "mandatory", "description": ["recommended", {"min": "fifty", "mx": 3}]}, "manual": [""], "extra": 1}}`;
  const { config, problems } = parseConfig(text);
  const got = problems.map((p) => [text.slice(p.range.start, p.range.end), p.severity, p.message]);
  assert.deepEqual(got, [
    ['"wordpress"', 'error', '"platform" must be one of "hugo", "zola", "jekyll", "astro", "devto", "hashnode", "medium", "generic".'],
    ['"titel"', 'warning', 'Unknown check "titel". Did you mean "title"?'],
    ['"mandatory"', 'error', 'Level of "tags" must be one of "required", "recommended", "off".'],
    ['"fifty"', 'error', '"min" of "description" must be a number ≥ 0.'],
    ['"mx"', 'warning', 'Unknown option "mx" for "description". Options: min, max.'],
    ['""', 'error', 'A manual item is a non-empty label or {id, label} (id: letters, digits, dashes).'],
    ['"extra"', 'warning', 'Unknown checklist setting "extra". Known settings: platform, checks, types, manual.'],
  ]);
  assert.equal(config.checklist.platform, null);
  assert.deepEqual(config.checklist.checks['description'], { level: 'recommended', options: {} });
  assert.deepEqual(config.checklist.manual, []);
});

test('the generated schema lists every check with its default level and options', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '../../../../dist/config.schema.json'), 'utf8'));
  const checks = schema.properties.checklist.properties.checks.properties;
  assert.deepEqual(Object.keys(checks), allChecks.map((c) => c.id));
  for (const c of allChecks) {
    assert.equal(checks[c.id].default, c.defaultLevel, c.id);
    const options = checks[c.id].oneOf[1].items[1].properties;
    assert.deepEqual(Object.fromEntries(Object.entries(options).map(([k, v]) => [k, (v as { default: unknown }).default])), c.options, c.id);
  }
  const ajv = new Ajv({ allErrors: true, strict: true, strictTuples: false });
  ajv.addKeyword('markdownDescription');
  const validate = ajv.compile(schema);
  assert.equal(validate(JSON.parse(CONFIG.replace(/\/\/.*\n/, '\n'))), true, JSON.stringify(validate.errors));
  assert.equal(validate({ checklist: { checks: { tags: 'mandatory' } } }), false);
  assert.equal(validate({ checklist: { platform: 'wordpress' } }), false);
  assert.equal(validate({ checklist: { types: { til: { 'word-count': ['off', { min: 1, max: 2 }] } } } }), true);
});
