/**
 * The first lint of a large document runs in slices (controller.ts, SlicedRun): the extension host is never held by
 * Lectern for the whole lint. Proved from inside the host without timing anything: the lint took several slices
 * (the controller's own counters), a timer and a command issued while it ran got their turn before it finished, and
 * the published diagnostics are exactly those of one whole `lintText` of the same text under the same config. A tiny
 * total budget stops the sliced lint with the located notice naming it. How long the host stalls is measured by
 * `npm run load` (bench/typing-load.json), never asserted here.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lintText, localizeFinding } from '../../../src/core/lint/index';
import { parseConfig } from '../../../src/core/config';
import { activateLectern, readFile } from './helpers';

/** A long draft of our own sentences; every paragraph differs (the engine caches chunks by their text). */
function draft(paragraphs: number): string {
  const sentences = [
    'We measured the build {n} times before the release, and the numbers were very close.',
    'The the report was written by the team after the outage {n}.',
    'Each service keeps its own queue, so a slow consumer never blocks the others.',
    'In order to ship on Friday, we basically cut the scope of feature {n} in half.',
    'It is important to note that the cache was rebuilt {n} times during the test.',
    'Latency dropped from 40 ms to {n} ms once the index fit in memory.',
  ];
  const out: string[] = ['# A long post about builds', ''];
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && p % 25 === 0) out.push(`## Part ${p / 25}`, '');
    const body: string[] = [];
    for (let s = 0; s < 5; s++) body.push(sentences[(p * 5 + s) % sentences.length]!.replace('{n}', String(p * 7 + s)));
    out.push(p % 10 === 9 ? `- ${body.join(' ')}` : body.join(' '), '');
  }
  return out.join('\n');
}

function lectern(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Lectern');
}

function key(d: { line: number; character: number; endLine: number; endCharacter: number; message: string; rule: string }): string {
  return `${d.line}:${d.character}-${d.endLine}:${d.endCharacter} ${d.rule} ${d.message}`;
}

suite('lint in slices', () => {
  let budgetBefore = 0;
  suiteSetup(async () => {
    budgetBefore = (await activateLectern()).lint.controller.budgetMs;
  });
  teardown(async () => {
    (await activateLectern()).lint.controller.budgetMs = budgetBefore;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the first lint of a large document runs in slices, the host runs other work meanwhile, and the findings equal one whole lint', async () => {
    const { controller } = (await activateLectern()).lint;
    // A loaded CI machine must not cut this lint short (that is the next test): no total budget here.
    controller.budgetMs = Infinity;
    const text = draft(700); // about 50,000 words
    const before = { ...controller.sliceStats };
    let ticks = 0;
    let openedAt = -1;
    let ticksBeforePublish = -1;
    let commandRanAt = -1;
    let publishedAt = -1;
    let order = 0;
    const ticker = setInterval(() => {
      ticks++;
      // The first tick after the document opened issues a command: it must run before the lint is published.
      if (openedAt >= 0 && ticks === 1) void vscode.commands.executeCommand('lectern.test.ping');
    }, 1);
    const ping = vscode.commands.registerCommand('lectern.test.ping', () => { commandRanAt = ++order; });
    const opened = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.getText() === text) { openedAt = ++order; ticks = 0; }
    });
    let uri: vscode.Uri | undefined;
    const published = new Promise<void>((resolve) => {
      const sub = controller.onDidLint((s) => {
        if (s.text !== text) return;
        publishedAt = ++order;
        ticksBeforePublish = ticks;
        sub.dispose();
        resolve();
      });
    });
    try {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
      uri = doc.uri;
      await published;
    } finally {
      clearInterval(ticker);
      ping.dispose();
      opened.dispose();
    }
    assert.ok(uri);
    const slices = controller.sliceStats.slices - before.slices;
    assert.ok(slices >= 3, `the lint took several slices (${slices})`);
    assert.ok(controller.sliceStats.slicedLints > before.slicedLints, 'a lint finished over more than one slice');
    assert.ok(openedAt > 0 && publishedAt > openedAt, 'published after the document opened');
    assert.ok(ticksBeforePublish >= 2, `timers ran while the lint was under way (${ticksBeforePublish} ticks)`);
    assert.ok(commandRanAt > openedAt && commandRanAt < publishedAt, 'a command issued during the lint ran before the lint finished');

    // Exactly what one whole lint of the same text under the workspace's config finds (no budget: nothing cut).
    const config = parseConfig(await readFile('.lectern/config.json')).config;
    const whole = lintText(text, config, undefined, { ms: Infinity, now: () => 0 });
    assert.deepEqual(whole.problems, [], 'the whole lint has no problem (no budget notice)');
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri!.toString())!;
    const expected = whole.findings.map((f) => {
      const s = doc.positionAt(f.range.start);
      const e = doc.positionAt(f.range.end);
      return key({ line: s.line, character: s.character, endLine: e.line, endCharacter: e.character, rule: f.rule, message: localizeFinding(f, 'en').message });
    });
    const shown = lectern(uri).map((d) => key({ line: d.range.start.line, character: d.range.start.character, endLine: d.range.end.line,
      endCharacter: d.range.end.character, message: d.message, rule: typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code) }));
    assert.ok(expected.length > 100, `a large document has many findings (${expected.length})`);
    assert.deepEqual(shown.sort(), expected.sort());
    // The snapshot quick fixes and the hover read is the published one, for this version.
    const current = await controller.whenCurrent(doc);
    assert.equal(current?.version, doc.version);
    assert.equal(current?.result.findings.length, whole.findings.length);
  });

  test('the total budget is the sum of the slices: spent, the lint stops with the located notice naming it', async () => {
    const { controller } = (await activateLectern()).lint;
    controller.budgetMs = 30; // far less than this document needs
    const text = draft(400).replace('# A long post', '# A cut post');
    const before = controller.sliceStats.slices;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    const snapshot = await controller.whenCurrent(doc);
    assert.ok(snapshot, 'a snapshot is published');
    assert.ok(controller.sliceStats.slices - before >= 1);
    const notice = snapshot.result.problems.find((p) => /stopped checking this document here/.test(p.message));
    assert.ok(notice, 'the budget notice is there');
    assert.match(notice.message, /longer than 30 ms/);
    assert.ok(notice.range.start > 0 && notice.range.start < text.length, 'located inside the document');
    assert.ok(lectern(doc.uri).some((d) => /stopped checking this document here/.test(d.message)), 'and shown');
  });
});
