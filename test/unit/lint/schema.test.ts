import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { rules } from '../../../src/core/lint/index';

// The build writes dist/config.schema.json (scripts/generate-schema.mjs); this bundle runs from out/test/unit/lint.
const schemaPath = join(__dirname, '../../../../dist/config.schema.json');

function validator() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: true, strictTuples: false }) // [severity] alone is allowed;
  ajv.addKeyword('markdownDescription'); // VS Code's extension of JSON Schema
  return { schema, validate: ajv.compile(schema) };
}

test('the generated schema lists every rule with its default severity and option defaults', () => {
  const { schema } = validator();
  const ruleProps = schema.properties.rules.properties;
  assert.deepEqual(Object.keys(ruleProps), rules.map((r) => r.id));
  for (const r of rules) {
    assert.equal(ruleProps[r.id].default, r.defaultSeverity, r.id);
    const options = ruleProps[r.id].oneOf[1].items[1].properties;
    assert.deepEqual(Object.fromEntries(Object.entries(options).map(([k, v]) => [k, (v as { default: unknown }).default])), r.options, r.id);
  }
});

test('valid configs pass; typos and wrong types fail', () => {
  const { validate } = validator();
  const ok = {
    $schema: './x.json',
    extends: 'lectern:strict',
    terms: [{ use: 'sign in', instead: ['login', 'log-in'] }, { avoid: 'whitelist', message: 'Say allow list.', case: 'exact' }],
    rules: { 'long-sentence': ['error', { max: 30 }], hedge: 'off', 'repeated-word': ['warning'], 'undefined-acronym': ['info', { allow: ['SRE'] }] },
    allow: ['Kubernetes'], contentFolders: ['posts'],
    dimensions: [{ id: 'expertise', name: 'Expertise', aliases: ['专业'], color: '#4e79a7', icon: 'tools' }],
  };
  assert.equal(validate(ok), true, JSON.stringify(validate.errors));
  const bad: unknown[] = [
    { rulez: {} },
    { rules: { 'long-sentense': 'warning' } },
    { rules: { 'long-sentence': 'loud' } },
    { rules: { 'long-sentence': ['error', { max: 'x' }] } },
    { rules: { 'long-sentence': ['error', { maxx: 3 }] } },
    { rules: { 'long-sentence': ['error', {}, 1] } },
    { allow: 'word' },
    { contentFolders: ['../up'] },
    { dimensions: [{ id: 'Bad Id', name: 'x' }] },
    { dimensions: [{ id: 'ok' }] },
    { extends: 'lectern:loud' },
    { terms: [{ use: 'sign in' }] },
    { terms: [{ use: 'sign in', instead: 'login', avoid: 'x' }] },
    { terms: [{ avoid: 'x', case: 'loud' }] },
    { rules: { hedge: 'hint' }, terms: 'login' },
  ];
  for (const config of bad) assert.equal(validate(config), false, JSON.stringify(config));
});
