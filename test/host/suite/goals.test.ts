/**
 * The goals sidebar in a real VS Code: the three tree providers' items, live updates from the file system and
 * from unsaved edits, Set Growth Dimension (and undo), the goals-file commands (Add/Edit/Delete keep comments, a
 * broken file is never written), Create Goals, and the dashboard's model. "Today" is fixed to 2026-11-20 through
 * the extension's test handle so every number below is exact.
 *
 * Fixture (test/fixtures/host-workspace, content folders posts/ and talks/), as of 2026-11-20:
 *   published: observability-budget (expertise, 03-14), platform-talk (talk, expertise, 10-02),
 *              writing-for-influence (影响力 → influence, 08-10, status from its past date), xss-title (Influence, 11-05)
 *   in progress: reading-the-market (draft, insight), design-reviews (Hugo draft: true, cross-domain),
 *              leading-without-authority (talk idea, leadership), next-idea (idea, no dimension),
 *              marketing-review (review, unknown dimension "marketing")
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually as waitFor } from './eventually';
import { fixedClock, parseGoalsFile, starterGoalsFile } from '../../../src/core/goals/api';
import { LineIndex } from '../../../src/core/text';
import type { GoalsTestApi } from '../../../src/extension/goals/index';
import type { LecternExports } from '../../../src/extension/extension';
import { activateLectern, fileUri, nodeLabelled, NO_PROMPTS, readFile, revertAndCloseEditors, scripted, treeRows, writeFile } from './helpers';
import type { GoalsSession } from '../../../src/extension/goals/session';

const TODAY = '2026-11-20';

let api: GoalsTestApi;
let setPrompts: LecternExports['setPrompts'];
let session: GoalsSession;

/** Re-runs `check` after every refresh until it passes (or throws its last assertion after the timeout). */
const eventually = (check: () => Promise<void> | void, timeoutMs?: number) => waitFor(() => api.whenIdle(), check, timeoutMs);

suite('goals sidebar', () => {
  let goalsText: string;

  suiteSetup(async function () {
    this.timeout(60_000);
    const exports = await activateLectern();
    api = exports.goals;
    setPrompts = exports.setPrompts;
    const s = await api.session();
    assert.ok(s, 'a goals session for the fixture folder');
    session = s;
    // VS Code for the web saves after a delay by default; these tests need edits to stay unsaved until they say so.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
    await api.setClock(fixedClock(TODAY));
    await api.whenIdle();
    goalsText = await readFile('.lectern/goals.yaml');
  });

  teardown(async () => {
    setPrompts(undefined);
    await revertAndCloseEditors();
  });

  suiteTeardown(async () => {
    await api?.setClock(undefined);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('the index holds every post in the content folders and nothing else', () => {
    assert.deepEqual(
      session.posts.index.posts().map((p) => p.path),
      [
        'posts/design-reviews.md',
        'posts/marketing-review.md',
        'posts/next-idea.md',
        'posts/observability-budget.md',
        'posts/reading-the-market.md',
        'posts/writing-for-influence.md',
        'posts/xss-title.md',
        'talks/leading-without-authority.md',
        'talks/platform-talk.md',
      ],
    );
  });

  test('Goals view: progress, status and deadline per goal; the posts that count as children', async () => {
    const provider = session.trees.goals;
    assert.deepEqual(await treeRows(provider), [
      { label: 'Publish two posts a month', description: '1 / 2 · on track · this month' },
      { label: 'Give a talk on leadership', description: '0 / 1 · on track · due 2027-06-30' },
      { label: 'Four expertise pieces this year', description: '2 / 4 · behind · this year' },
    ]);
    const nodes = (await provider.getChildren()) ?? [];
    const items = await Promise.all(nodes.map((n) => provider.getTreeItem(n)));
    assert.deepEqual(items.map((i) => i.contextValue), ['goal', 'goal', 'goal']);
    assert.deepEqual(items.map((i) => (i.iconPath as vscode.ThemeIcon).id), ['circle-large-outline', 'circle-large-outline', 'warning']);
    assert.deepEqual(items.map((i) => i.collapsibleState), [
      vscode.TreeItemCollapsibleState.Collapsed,
      vscode.TreeItemCollapsibleState.None,
      vscode.TreeItemCollapsibleState.Collapsed,
    ]);
    // The tooltip is Markdown with the user's text escaped (spaces as &nbsp;, punctuation with backslashes).
    const tooltip = (items[1]!.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\/g, '');
    assert.match(tooltip, /Deadline: 2027-06-30 \(222 days left\)/);
    assert.match(tooltip, /Window: 2026-07-01 – 2027-06-30/);

    const expertise = await nodeLabelled(provider, 'Four expertise pieces this year');
    assert.deepEqual(await treeRows(provider, expertise), [
      { label: 'An observability budget for small teams', description: '2026-03-14 · Technical Expertise' },
      { label: 'Platform teams that say yes', description: '2026-10-02 · Technical Expertise' },
    ]);
    const [post] = (await provider.getChildren(expertise)) ?? [];
    const postItem = await provider.getTreeItem(post!);
    assert.equal(postItem.contextValue, 'post');
    assert.equal(postItem.command?.command, 'lectern.openPost');
    assert.equal((postItem.command?.arguments?.[0] as vscode.Uri).toString(), fileUri('posts/observability-budget.md').toString());
  });

  test('Growth Dimensions view: published in 12 months · in progress, an Unassigned group, posts as children', async () => {
    const provider = session.trees.dimensions;
    assert.deepEqual(await treeRows(provider), [
      { label: 'Technical Expertise', description: '2 published · 0 in progress' },
      { label: 'Industry Insights', description: '0 published · 1 in progress' },
      { label: 'Cross-domain Knowledge', description: '0 published · 1 in progress' },
      { label: 'Leadership', description: '0 published · 1 in progress' },
      { label: 'Influence', description: '2 published · 0 in progress' },
      { label: 'Unassigned', description: '0 published · 2 in progress' },
    ]);
    const top = await Promise.all(((await provider.getChildren()) ?? []).map((n) => provider.getTreeItem(n)));
    assert.deepEqual(top.map((i) => (i.iconPath as vscode.ThemeIcon).id), ['tools', 'lightbulb', 'globe', 'organization', 'broadcast', 'question']);
    assert.deepEqual(top.map((i) => ((i.iconPath as vscode.ThemeIcon).color as unknown as { id: string } | undefined)?.id), [
      'charts.blue', 'charts.orange', 'charts.green', 'charts.red', 'charts.purple', undefined,
    ]);
    assert.deepEqual(await treeRows(provider, await nodeLabelled(provider, 'Influence')), [
      { label: '<img src=x onerror=alert(1)>', description: 'Published · 2026-11-05' },
      { label: '技术写作如何扩大影响力', description: 'Published · 2026-08-10' },
    ]);
    assert.deepEqual(await treeRows(provider, await nodeLabelled(provider, 'Unassigned')), [
      { label: 'Launch checklist for developer tools', description: 'In review · unknown “marketing”' },
      { label: 'Notes on mentoring new hires', description: 'Idea' },
    ]);
  });

  test('Pipeline view: posts grouped by status from ideas to published, newest first', async () => {
    const provider = session.trees.pipeline;
    assert.deepEqual(await treeRows(provider), [
      { label: 'Ideas', description: '2' },
      { label: 'Drafts', description: '2' },
      { label: 'In Review', description: '1' },
      { label: 'Scheduled', description: '0' },
      { label: 'Published', description: '4' },
    ]);
    assert.deepEqual(await treeRows(provider, await nodeLabelled(provider, 'Drafts')), [
      { label: 'What three years of incident reports taught me about our market', description: '2026-12-01 · Industry Insights' },
      { label: 'Design reviews across teams', description: '2026-09-01 · Cross-domain Knowledge' },
    ]);
    assert.deepEqual((await treeRows(provider, await nodeLabelled(provider, 'Published'))).map((r) => r.label), [
      '<img src=x onerror=alert(1)>',
      'Platform teams that say yes',
      '技术写作如何扩大影响力',
      'An observability budget for small teams',
    ]);
  });

  test('a post created on disk shows up in every view, and goes away when deleted', async () => {
    const fired = { goals: 0, dimensions: 0, pipeline: 0 };
    const subs = (['goals', 'dimensions', 'pipeline'] as const).map((k) => session.trees[k].onDidChangeTreeData(() => fired[k]++));
    try {
      await writeFile('posts/live-post.md', '---\ntitle: Live post\nstatus: published\ndimension: leadership\ndate: 2026-11-18\n---\n\nHello.\n');
      await eventually(async () => {
        assert.equal((await treeRows(session.trees.goals))[0]!.description, '2 / 2 · done · this month');
        assert.equal((await treeRows(session.trees.dimensions))[3]!.description, '1 published · 1 in progress');
        assert.equal((await treeRows(session.trees.pipeline))[4]!.description, '5');
      });
      assert.ok(fired.goals > 0 && fired.dimensions > 0 && fired.pipeline > 0, JSON.stringify(fired));
      const goal = await nodeLabelled(session.trees.goals, 'Publish two posts a month');
      assert.deepEqual((await treeRows(session.trees.goals, goal)).map((r) => r.label), ['<img src=x onerror=alert(1)>', 'Live post']);
    } finally {
      for (const s of subs) s.dispose();
      await vscode.workspace.fs.delete(fileUri('posts/live-post.md'));
    }
    await eventually(async () => {
      assert.equal((await treeRows(session.trees.goals))[0]!.description, '1 / 2 · on track · this month');
      assert.equal((await treeRows(session.trees.pipeline))[4]!.description, '4');
    });
  });

  test('publishing a draft moves it in the pipeline and counts for goals and dimensions', async () => {
    const path = 'posts/reading-the-market.md';
    const original = await readFile(path);
    try {
      await writeFile(path, original.replace('status: draft', 'status: published').replace('date: 2026-12-01', 'date: 2026-11-12'));
      await eventually(async () => {
        const pipeline = await treeRows(session.trees.pipeline);
        assert.equal(pipeline[1]!.description, '1');
        assert.equal(pipeline[4]!.description, '5');
        assert.equal((await treeRows(session.trees.goals))[0]!.description, '2 / 2 · done · this month');
        assert.equal((await treeRows(session.trees.dimensions))[1]!.description, '1 published · 0 in progress');
      });
    } finally {
      await writeFile(path, original);
    }
    await eventually(async () => assert.equal((await treeRows(session.trees.pipeline))[4]!.description, '4'));
  });

  test('a site config at the root makes unmarked posts published, as the CLI reads them', async () => {
    const path = 'posts/unmarked-post.md';
    await writeFile(path, '---\ntitle: Unmarked post\ndimension: leadership\n---\n\nNo status, no draft flag, no date.\n');
    try {
      // No site config: a post that says nothing about its state is a draft.
      await eventually(async () => assert.equal(session.posts.index.get(path)?.status, 'draft'));
      // Hugo publishes every post no flag marks as a draft; it has no date, so it counts toward no period goal.
      await writeFile('hugo.toml', 'baseURL = "https://example.org/"\ntitle = "Site"\n');
      await eventually(async () => {
        const post = session.posts.index.get(path);
        assert.equal(post?.status, 'published');
        assert.equal(post?.undated, true);
      });
    } finally {
      await vscode.workspace.fs.delete(fileUri('hugo.toml'));
      await vscode.workspace.fs.delete(fileUri(path));
    }
    await eventually(async () => assert.equal(session.posts.index.get(path), undefined));
  });

  test('unsaved edits of an open post show in the views; undoing them restores the views', async () => {
    const uri = fileUri('posts/design-reviews.md');
    const editor = await vscode.window.showTextDocument(uri);
    const text = editor.document.getText();
    const at = text.indexOf('draft: true');
    assert.ok(at > 0);
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 11)), 'draft: false'));
    // Not saved: with no draft flag the past date makes it published.
    await eventually(async () => {
      const pipeline = await treeRows(session.trees.pipeline);
      assert.equal(pipeline[1]!.description, '1');
      assert.equal(pipeline[4]!.description, '5');
    });
    assert.equal(await readFile('posts/design-reviews.md'), text, 'an unsaved edit does not reach the disk');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text);
    await eventually(async () => {
      assert.equal(editor.document.isDirty, false);
      assert.equal(session.posts.index.get('posts/design-reviews.md')?.status, 'draft');
      assert.equal((await treeRows(session.trees.pipeline))[1]!.description, '2');
    });
    assert.equal(await readFile('posts/design-reviews.md'), text, 'the file on disk was never changed');
  });

  test('Set Growth Dimension on the active post edits its front matter, and undo restores it', async () => {
    const path = 'posts/next-idea.md';
    const original = await readFile(path);
    const editor = await vscode.window.showTextDocument(fileUri(path));
    setPrompts(NO_PROMPTS);
    assert.equal(await vscode.commands.executeCommand('lectern.setDimension', undefined, 'LEADERSHIP'), true);
    assert.equal(
      editor.document.getText(),
      '---\ntitle: Notes on mentoring new hires\nstatus: idea\ndimension: leadership\n---\n\nAn idea that has no growth dimension yet.\n',
    );
    await eventually(async () => {
      const dims = await treeRows(session.trees.dimensions);
      assert.equal(dims[3]!.description, '0 published · 2 in progress');
      assert.equal(dims[5]!.description, '0 published · 1 in progress');
    });
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
    await eventually(async () => assert.equal((await treeRows(session.trees.dimensions))[5]!.description, '0 published · 2 in progress'));
    assert.equal(await readFile(path), original, 'an edit in a visible editor is left for the person to save');
  });

  test('Set Growth Dimension on a tree item asks with a QuickPick and writes the file', async () => {
    const path = 'posts/marketing-review.md';
    const original = await readFile(path);
    const provider = session.trees.dimensions;
    const post = await nodeLabelled(provider, 'Launch checklist for developer tools', await nodeLabelled(provider, 'Unassigned'));
    const seen: string[] = [];
    setPrompts(scripted(['insight'], seen));
    try {
      assert.equal(await vscode.commands.executeCommand('lectern.setDimension', post), true);
      assert.deepEqual(seen, [
        'pick:Set Growth Dimension: Launch checklist for developer tools:$(tools) Technical Expertise|$(lightbulb) Industry Insights|'
          + '$(globe) Cross-domain Knowledge|$(organization) Leadership|$(broadcast) Influence|$(close) No growth dimension',
      ]);
      assert.equal(await readFile(path), original.replace('dimension: marketing', 'dimension: insight'));
      await eventually(async () => assert.equal((await treeRows(provider))[1]!.description, '0 published · 2 in progress'));
    } finally {
      await writeFile(path, original);
    }
  });

  test('Add Goal: the guided flow appends the goal and keeps every comment; Edit and Delete change only that goal', async function () {
    this.timeout(60_000);
    const seen: string[] = [];
    setPrompts(scripted(['talk', 'influence', '2', 'quarter', '<default>'], seen));
    const id = await vscode.commands.executeCommand<string>('lectern.addGoal');
    assert.equal(id, '2-influence-talks-per-quarter');
    assert.equal(seen[4], 'input:Add Goal: title:2 Influence talks per quarter', 'the suggested title');
    const added =
      goalsText +
      '  - id: 2-influence-talks-per-quarter\n    title: 2 Influence talks per quarter\n    kind: talk\n    dimension: influence\n'
      + '    target: 2\n    period: quarter\n';
    assert.equal(await readFile('.lectern/goals.yaml'), added);
    await eventually(async () =>
      assert.deepEqual((await treeRows(session.trees.goals))[3], { label: '2 Influence talks per quarter', description: '0 / 2 · behind · this quarter' }));

    setPrompts(scripted(['target', '3']));
    const node = await nodeLabelled(session.trees.goals, '2 Influence talks per quarter');
    assert.equal(await vscode.commands.executeCommand('lectern.editGoal', node), true);
    const edited = added.replace('    target: 2\n    period: quarter\n', '    target: 3\n    period: quarter\n');
    assert.equal(await readFile('.lectern/goals.yaml'), edited);

    setPrompts(scripted(['no']));
    assert.equal(await vscode.commands.executeCommand('lectern.deleteGoal', '2-influence-talks-per-quarter'), false);
    assert.equal(await readFile('.lectern/goals.yaml'), edited, 'declining the confirmation changes nothing');

    setPrompts(scripted(['yes']));
    assert.equal(await vscode.commands.executeCommand('lectern.deleteGoal', '2-influence-talks-per-quarter'), true);
    assert.equal(await readFile('.lectern/goals.yaml'), goalsText, 'byte for byte the file from before');
    await eventually(async () => assert.equal((await treeRows(session.trees.goals)).length, 3));
  });

  test('the target question refuses what is not a whole number from 1 to 1000', async () => {
    let validate: vscode.InputBoxOptions['validateInput'];
    setPrompts({
      ...scripted(['post', null as unknown as string]),
      async showInputBox(options) {
        validate = options.validateInput;
        return undefined; // Escape: the flow stops, nothing is written
      },
    });
    assert.equal(await vscode.commands.executeCommand('lectern.addGoal'), undefined);
    assert.ok(validate);
    for (const bad of ['0', '-1', '1.5', 'two', '', '1001']) assert.equal(typeof (await validate(bad)), 'string', bad);
    for (const good of ['1', ' 12 ', '1000']) assert.equal(await validate(good), undefined, good);
    assert.equal(await readFile('.lectern/goals.yaml'), goalsText);
  });

  test('a broken goals file gives the error node, and no command writes to it', async () => {
    const broken = goalsText + '  - id: [unclosed\n';
    await writeFile('.lectern/goals.yaml', broken);
    try {
      await eventually(async () => {
        const nodes = (await session.trees.goals.getChildren()) ?? [];
        assert.equal(nodes.length, 1);
        const item = await session.trees.goals.getTreeItem(nodes[0]!);
        assert.equal(item.label, 'Goals file has an error');
        assert.equal(item.contextValue, 'goalsError');
        // The parser's own message at the parser's own line.
        const problem = parseGoalsFile(broken).problems[0]!;
        const line = new LineIndex(broken).positionAt(problem.range.start).line + 1;
        assert.ok(line >= 21, `line ${line}`);
        assert.equal(item.description, `line ${line}: ${problem.message}`);
        assert.match(problem.message, /Flow sequence/);
        assert.equal(item.command?.command, 'lectern.openGoalsFile');
        assert.deepEqual(item.command?.arguments, [line]);
      });
      setPrompts(NO_PROMPTS);
      assert.equal(await vscode.commands.executeCommand('lectern.addGoal', { title: 'X', kind: 'post', target: 1, period: 'month' }), undefined);
      assert.equal(await vscode.commands.executeCommand('lectern.deleteGoal', 'steady-writing'), false);
      assert.equal(await vscode.commands.executeCommand('lectern.editGoal', 'steady-writing'), false);
      await vscode.commands.executeCommand('lectern.createGoals');
      const bytes = await vscode.workspace.fs.readFile(fileUri('.lectern/goals.yaml'));
      assert.deepEqual(Buffer.from(bytes), Buffer.from(broken, 'utf8'), 'the broken file is byte for byte unchanged');
    } finally {
      await writeFile('.lectern/goals.yaml', goalsText);
    }
    await eventually(async () => assert.equal((await treeRows(session.trees.goals)).length, 3));
  });

  test('Create Goals writes the starter file when there is none', async () => {
    await vscode.workspace.fs.delete(fileUri('.lectern/goals.yaml'));
    try {
      await eventually(async () => {
        assert.equal(session.goalsFile.state.exists, false);
        assert.deepEqual(await treeRows(session.trees.goals), [], 'no nodes: the welcome view shows');
      });
      await vscode.commands.executeCommand('lectern.createGoals');
      assert.equal(await readFile('.lectern/goals.yaml'), starterGoalsFile());
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), fileUri('.lectern/goals.yaml').toString());
      await eventually(async () => {
        const rows = await treeRows(session.trees.goals);
        assert.equal(rows.length, 3);
        const dims = new Set(session.goalsFile.state.file.goals.map((g) => g.dimension));
        assert.ok(dims.size >= 2, 'the starter goals span dimensions');
      });
    } finally {
      await writeFile('.lectern/goals.yaml', goalsText);
    }
    await eventually(async () => assert.equal((await treeRows(session.trees.goals))[0]!.label, 'Publish two posts a month'));
  });

  test('the config file’s content folders and dimensions apply live (a rescan only when the folders change)', async function () {
    this.timeout(60_000);
    const original = await readFile('.lectern/config.json');
    try {
      await writeFile('.lectern/config.json', original.replace('"contentFolders": ["posts", "talks"]', '"contentFolders": ["posts"]'));
      await eventually(() => assert.equal(session.posts.index.has('talks/platform-talk.md'), false));
      assert.equal(session.posts.index.size, 7);
      await writeFile(
        '.lectern/config.json',
        original.replace(
          '"allow"',
          '"dimensions": [{ "id": "expertise", "name": "Craft", "aliases": ["技术专长"], "color": "#59a14f", "icon": "beaker" }, '
            + '{ "id": "influence", "name": "Influence" }],\n  "allow"',
        ),
      );
      await eventually(async () => {
        assert.equal(session.posts.index.size, 9, 'talks/ is back');
        assert.deepEqual(await treeRows(session.trees.dimensions), [
          { label: 'Craft', description: '2 published · 0 in progress' },
          { label: 'Influence', description: '2 published · 0 in progress' },
          { label: 'Unassigned', description: '0 published · 5 in progress' },
        ]);
      });
      const [craft] = (await session.trees.dimensions.getChildren()) ?? [];
      const icon = (await session.trees.dimensions.getTreeItem(craft!)).iconPath as vscode.ThemeIcon;
      assert.equal(icon.id, 'beaker');
      assert.equal((icon.color as unknown as { id: string }).id, 'charts.green');
      // The leadership goal's dimension is no longer configured: the goal is reported, not dropped silently.
      assert.ok(session.goalsFile.state.file.problems.length > 0);
    } finally {
      await writeFile('.lectern/config.json', original);
    }
    await eventually(async () => {
      assert.equal((await treeRows(session.trees.dimensions)).length, 6);
      assert.equal((await treeRows(session.trees.goals)).length, 3);
    });
  });

  test('the dashboard draws the model and follows changes live', async function () {
    this.timeout(60_000);
    const panel = await vscode.commands.executeCommand<{ loaded: Promise<void>; dispose(): void }>(
      'lectern.showDashboard',
    );
    assert.ok(panel);
    assert.equal(session.posts.index.get('posts/design-reviews.md')?.status, 'draft', 'earlier tests left the fixture as it was');
    try {
      await Promise.race([panel.loaded, new Promise((_, reject) => setTimeout(() => reject(new Error('the webview never said ready')), 30_000))]);
      const view = api.dashboardView()!;
      assert.deepEqual(view.radar.map((r) => [r.id, r.value, r.color]), [
        ['expertise', 2, 'blue'],
        ['insight', 0, 'orange'],
        ['cross-domain', 0, 'green'],
        ['leadership', 0, 'red'],
        ['influence', 2, 'purple'],
      ]);
      assert.equal(view.cadence.length, 12);
      assert.deepEqual(view.cadence.slice(-4).map((c) => [c.month, c.posts, c.talks]), [
        ['2026-08', 1, 0],
        ['2026-09', 0, 0],
        ['2026-10', 0, 1],
        ['2026-11', 1, 0],
      ]);
      assert.deepEqual(view.goals.map((g) => [g.id, g.done, g.target, g.status]), [
        ['steady-writing', 1, 2, 'on-track'],
        ['leadership-talk', 0, 1, 'on-track'],
        ['expertise-year', 2, 4, 'behind'],
      ]);
      assert.deepEqual(view.recent.map((r) => r.title), [
        '<img src=x onerror=alert(1)>', 'Platform teams that say yes', '技术写作如何扩大影响力', 'An observability budget for small teams',
      ]);
      assert.ok(view.insights.some((i) => i.text === 'No Leadership post yet.'), JSON.stringify(view.insights));

      await writeFile('posts/dashboard-live.md', '---\ntitle: Dashboard live\nstatus: published\ndimension: insight\ndate: 2026-11-19\n---\n');
      await eventually(() => {
        assert.equal(api.dashboardView()?.recent[0]?.title, 'Dashboard live');
        assert.equal(api.dashboardView()?.radar[1]?.value, 1);
      });
    } finally {
      panel.dispose();
      await vscode.workspace.fs.delete(fileUri('posts/dashboard-live.md')).then(undefined, () => undefined);
    }
  });

  test('a published post without a date: the Goals view says so, Pipeline shows "undated", Add Date writes date:', async () => {
    const path = 'posts/undated-post.md';
    try {
      await writeFile(path, '---\ntitle: Shipped without a date\nstatus: published\n---\n\nBody.\n');
      const tree = session.trees.goals;
      await eventually(async () => {
        assert.deepEqual((await treeRows(tree)).slice(-1), [{ label: 'Published without a date', description: '1 posts count toward no goal' }]);
      });
      const group = await nodeLabelled(tree, 'Published without a date');
      assert.deepEqual(await treeRows(tree, group), [{ label: 'Shipped without a date', description: '' }]);
      const [post] = (await tree.getChildren(group)) ?? [];
      assert.equal((await tree.getTreeItem(post!)).contextValue, 'post undated');
      const published = await nodeLabelled(session.trees.pipeline, 'Published');
      assert.ok((await treeRows(session.trees.pipeline, published)).some((r) => r.label === 'Shipped without a date' && r.description === 'undated · Unassigned'));

      setPrompts(scripted(['2026-11-02']));
      assert.equal(await vscode.commands.executeCommand('lectern.addDate', post), true);
      assert.equal(await readFile(path), '---\ntitle: Shipped without a date\nstatus: published\ndate: 2026-11-02\n---\n\nBody.\n');
      await eventually(async () => {
        assert.ok(!(await treeRows(tree)).some((r) => r.label === 'Published without a date'), 'the group is gone');
      });
    } finally {
      await vscode.workspace.fs.delete(fileUri(path)).then(undefined, () => undefined);
    }
  });
});
