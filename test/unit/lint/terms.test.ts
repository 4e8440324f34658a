import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lintText, parseConfig } from '../../../src/core/lint/index';
import { parseTermsYaml } from '../../../src/core/terms';
import { spans } from './helpers';

const CONFIG = `{
  "terms": [
    { "use": "sign in", "instead": ["login", "log-in", "log in"] },
    { "avoid": "whitelist", "message": "say allow list." },
    { "use": "GitHub", "instead": "Github", "case": "exact" }
  ]
}`;

const terms = (text: string, json = CONFIG) => {
  const { config, problems } = parseConfig(json);
  assert.deepEqual(problems, []);
  return lintText(text, config).findings.filter((f) => f.rule === 'term');
};

test('term: substitutions on word boundaries, any case, with a fix that keeps the capital', () => {
  const text = 'Login first. Then log in again, or log-in. Logins and blogin stay.';
  const found = terms(text);
  assert.deepEqual(spans(text, found), [['term', 'Login'], ['term', 'log in'], ['term', 'log-in']]);
  assert.equal(found[0]!.message, "Use 'Sign in' instead of 'Login' (house term).");
  assert.equal(found[0]!.severity, 'warning');
  assert.equal(applyFixes(text, found.map((f) => f.fix!)).text, 'Sign in first. Then sign in again, or sign in. Logins and blogin stay.');
});

test('term: forbidden terms carry their message and no fix; exact case matches one spelling only', () => {
  const text = 'The Whitelist moved to Github, not github.';
  const found = terms(text);
  assert.deepEqual(spans(text, found), [['term', 'Whitelist'], ['term', 'Github']]);
  assert.equal(found[0]!.message, "Avoid 'Whitelist': say allow list.");
  assert.equal(found[0]!.fix, undefined);
  assert.equal(found[1]!.fix!.edits[0]!.newText, 'GitHub');
});

test('term: never in code, URLs, HTML or front matter; suppressible and can be turned off', () => {
  const text = '---\ntitle: login\n---\n\nRun `login` at <https://example.com/login>.\n\n<div>\nlogin\n</div>\n\n```\nlogin\n```\n';
  assert.deepEqual(terms(text), []);
  assert.deepEqual(terms('<!-- lectern-disable-next-line term -->\nlogin here\n'), []);
  const off = CONFIG.replace('{\n  "terms"', '{ "rules": { "term": "off" },\n  "terms"');
  assert.deepEqual(terms('login here', off), []);
  assert.equal(terms('login here', CONFIG.replace('{\n', '{ "extends": "lectern:strict",\n')).length, 1);
});

test('term: a broken entry is reported at its place and the others still apply', () => {
  const json = '{ "terms": [ { "use": "sign in" }, 42, { "avoid": [""] }, { "use": "sign in", "instead": "login", "case": "loud" }, { "avoid": "whitelist", "colour": 1 } ] }';
  const { config, problems } = parseConfig(json);
  assert.deepEqual(problems.map((p) => [json.slice(p.range.start, p.range.end), p.severity]), [
    ['{ "use": "sign in" }', 'error'],
    ['42', 'error'],
    ['""', 'error'],
    ['"loud"', 'error'],
    ['"colour"', 'warning'],
  ]);
  assert.equal(config.terms.length, 2);
  assert.deepEqual(spans('login and whitelist', lintText('login and whitelist', config).findings), [['term', 'login'], ['term', 'whitelist']]);
});

test('terms.yaml: a list (or terms: list) of the same entries; errors located in the YAML', () => {
  const yaml = 'terms:\n  - use: sign in\n    instead: [login, log-in]\n  - avoid: whitelist\n    message: say allow list\n  - avoid: 3\n  - nonsense\n';
  const { terms: list, problems } = parseTermsYaml(yaml);
  assert.deepEqual(list.map((t) => [t.use ?? null, t.instead]), [['sign in', ['login', 'log-in']], [null, ['whitelist']]]);
  assert.deepEqual(problems.map((p) => yaml.slice(p.range.start, p.range.end)), ['3', 'nonsense']);
  assert.deepEqual(parseTermsYaml('- avoid: foo\n').terms.map((t) => t.instead), [['foo']]);
  const broken = parseTermsYaml('- avoid: [foo\n');
  assert.ok(broken.problems.length > 0 && broken.problems[0]!.message.startsWith('YAML syntax error'));
});

test('term: thousands of entries build one matcher; each is found', () => {
  const entries = Array.from({ length: 5000 }, (_, i) => ({ use: `good${i}`, instead: [`bad${i}`, `very bad${i}`] }));
  const { config } = parseConfig(JSON.stringify({ terms: entries }));
  const text = 'We said bad17 and very bad4999 but not bad.';
  assert.deepEqual(spans(text, lintText(text, config).findings.filter((f) => f.rule === 'term')), [['term', 'bad17'], ['term', 'very bad4999']]);
});
