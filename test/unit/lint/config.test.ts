import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig, defaultConfig, rules, lintText } from '../../../src/core/lint/index';

function located(text: string) {
  return parseConfig(text).problems.map((p) => [text.slice(p.range.start, p.range.end), p.severity, p.message]);
}

test('defaults: every rule at its default severity and options', () => {
  const d = defaultConfig();
  assert.deepEqual(Object.keys(d.rules), rules.map((r) => r.id));
  assert.deepEqual(d.rules['long-sentence'], { severity: 'warning', options: { max: 25, maxShare: 0.25 } });
  assert.equal(d.rules['inclusive-language']!.severity, 'off');
  assert.deepEqual([d.allow, d.contentFolders, d.dimensions], [[], [], null]);
  assert.deepEqual(parseConfig('').config, d);
  assert.deepEqual(parseConfig('').problems, []);
});

test('a valid file with comments and trailing commas', () => {
  const text = `{
    // team settings
    "$schema": "./config.schema.json",
    "rules": { "long-sentence": ["error", { "max": 30 }], "hedge": "off", "undefined-acronym": ["info", { "allow": ["SRE"] }], },
    "allow": ["Kubernetes"],
    "contentFolders": ["posts/", "./talks"],
    "dimensions": [{ "id": "expertise", "name": "Expertise", "aliases": ["专业"], "color": "#4e79a7", "icon": "tools" }],
  }`;
  const { config, problems } = parseConfig(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(config.rules['long-sentence'], { severity: 'error', options: { max: 30, maxShare: 0.25 } });
  assert.equal(config.rules['hedge']!.severity, 'off');
  assert.deepEqual(config.rules['undefined-acronym']!.options, { allow: ['SRE'] });
  assert.deepEqual(config.allow, ['Kubernetes']);
  assert.deepEqual(config.contentFolders, ['posts', 'talks']);
  assert.deepEqual(config.dimensions, [{ id: 'expertise', name: 'Expertise', aliases: ['专业'], color: '#4e79a7', icon: 'tools' }]);
});

test('broken parts are located and fall back to defaults; the rest applies', () => {
  const text = `{
  "rules": {
    "long-sentense": "warning",
    "passive-voice": "loud",
    "long-sentence": ["error", { "max": "thirty", "min": 3 }],
    "article": ["warning", {}, 3]
  },
  "allow": ["ok", 3],
  "contentFolders": ["../outside", "/abs", "fine"],
  "dimensions": [{ "id": "Bad Id", "name": "x" }, { "id": "ok", "name": "" }, { "id": "good", "name": "Good", "colour": "red", "icon": "no spaces" }],
  "extra": true
}`;
  const { config, problems } = parseConfig(text);
  assert.deepEqual(located(text), [
    ['"long-sentense"', 'warning', 'Unknown rule "long-sentense". Did you mean "long-sentence"?'],
    ['"loud"', 'error', 'Severity of "passive-voice" must be one of "off", "hint", "info", "warning", "error".'],
    ['"thirty"', 'error', '"max" of "long-sentence" must be a number ≥ 0.'],
    ['"min"', 'warning', 'Unknown option "min" for "long-sentence". Options: max, maxShare.'],
    ['["warning", {}, 3]', 'error', '"article" must be a severity or [severity, options].'],
    ['3', 'error', 'Items of "allow" must be strings.'],
    ['"../outside"', 'error', 'Content folder "../outside" must be relative to the workspace and stay inside it.'],
    ['"/abs"', 'error', 'Content folder "/abs" must be relative to the workspace and stay inside it.'],
    ['"Bad Id"', 'error', 'A dimension needs an "id": lower-case letters, digits and dashes, starting with a letter.'],
    ['""', 'error', 'Dimension "ok" needs a non-empty "name".'],
    ['"colour"', 'warning', 'Unknown dimension field "colour". Fields: id, name, aliases, color, icon.'],
    ['"no spaces"', 'error', '"icon" must be a codicon id such as "tools".'],
    ['"extra"', 'warning', 'Unknown setting "extra". Known settings: $schema, extends, rules, allow, terms, contentFolders, dimensions, author, newPost, cfp, checklist.'],
  ]);
  assert.equal(problems.length, 13);
  assert.deepEqual(config.rules['long-sentence'], { severity: 'error', options: { max: 25, maxShare: 0.25 } });
  assert.equal(config.rules['passive-voice']!.severity, 'warning');
  assert.deepEqual(config.allow, ['ok']);
  assert.deepEqual(config.contentFolders, ['fine']);
  assert.deepEqual(config.dimensions, [{ id: 'good', name: 'Good', aliases: [] }]);
});

test('syntax errors are located and never throw', () => {
  for (const text of ['{', '{"rules": }', '[1, 2]', '"text"', 'nonsense', '{"rules": {"hedge": "off",,}}', '\uFEFF{}', '{"dimensions": 5}', 'null']) {
    const { config, problems } = parseConfig(text);
    assert.ok(config.rules['long-sentence'], text);
    for (const p of problems) assert.ok(p.range.start >= 0 && p.range.end <= Math.max(text.length, 1), `${text}: ${JSON.stringify(p)}`);
  }
  const text = '{\n  "rules": {\n    "hedge": "off"\n  \n';
  const p = parseConfig(text).problems;
  assert.ok(p.length >= 1);
  assert.equal(p[0]!.severity, 'error');
  assert.match(p[0]!.message, /^JSON syntax error: /);
  assert.equal(parseConfig('[1]').problems[0]!.message, 'The configuration must be a JSON object.');
  // The parts that did parse still apply.
  assert.equal(parseConfig(text).config.rules['hedge']!.severity, 'off');
});

test('the parsed config drives the linter: severity, options, off, allow', () => {
  const { config } = parseConfig('{"rules": {"repeated-word": "warning", "article": "off", "long-sentence": ["info", {"max": 3}]}}');
  const text = 'We saw the the cat in a hour today.';
  const found = lintText(text, config).findings.filter((f) => ['repeated-word', 'article', 'long-sentence'].includes(f.rule));
  assert.deepEqual(found.map((f) => [f.rule, f.severity]), [['long-sentence', 'info'], ['repeated-word', 'warning']]);
});
