import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  CONFIG_FILE_PATH,
  MARKDOWN_GLOB,
  TERMS_FILE_PATH,
  markdownExtension,
  markdownFilesFor,
  contentExcludeGlob,
  contentIncludes,
  effectiveContentFolders,
  isContentPath,
  isExcludedFolder,
  isMarkdownPath,
  normalizeContentFolder,
  normalizeContentFolders,
  walkContent,
  walkMarkdown,
  type FolderEntry,
} from '../../../src/core/content';

test('the config path and the Markdown glob', () => {
  assert.equal(CONFIG_FILE_PATH, '.lectern/config.json');
  assert.equal(MARKDOWN_GLOB, '**/*.{md,markdown,mdx}');
  assert.deepEqual(['a.md', 'b.MARKDOWN', 'c.Mdx', 'd.txt', 'md'].map(isMarkdownPath), [true, true, true, false, false]);
});

test('excluded folders: dependencies, build output and every dot-folder', () => {
  for (const name of ['node_modules', 'dist', 'public', '_site', 'build', 'out', '.git', '.vscode', '.anything']) {
    assert.equal(isExcludedFolder(name), true, name);
  }
  for (const name of ['posts', 'content', 'distant', 'outbox']) assert.equal(isExcludedFolder(name), false, name);
});

test('content folders normalise the same way everywhere', () => {
  assert.equal(normalizeContentFolder('./posts/'), 'posts');
  assert.equal(normalizeContentFolder('posts\\2026\\'), 'posts/2026');
  assert.equal(normalizeContentFolder(' talks '), 'talks');
  assert.equal(normalizeContentFolder('.'), '');
  assert.equal(normalizeContentFolder('./'), '');
  assert.equal(normalizeContentFolder('../up'), null);
  assert.equal(normalizeContentFolder('/abs'), null);
  assert.equal(normalizeContentFolder('C:\\blog'), null);
  assert.deepEqual(normalizeContentFolders(['posts/', './posts', 'posts/2026', 'talks', 42, '../x']), ['posts', 'talks']);
  assert.deepEqual(normalizeContentFolders(['posts', '.']), [], '`.` is the whole workspace, which covers posts');
  assert.deepEqual(normalizeContentFolders(undefined), []);
});

test('the config file\'s content folders win over the setting; the setting applies when the file names none', () => {
  assert.deepEqual(effectiveContentFolders(['posts'], ['notes']), ['posts']);
  assert.deepEqual(effectiveContentFolders([], ['./notes/']), ['notes']);
  assert.deepEqual(effectiveContentFolders(['.'], ['notes']), [], 'the file said: the whole workspace');
  assert.deepEqual(effectiveContentFolders([], 'not a list' as unknown as string[]), []);
});

test('is this path content', () => {
  assert.equal(isContentPath('posts/a.md', ['posts']), true);
  assert.equal(isContentPath('posts/a.txt', ['posts']), false);
  assert.equal(isContentPath('notes/a.md', ['posts']), false);
  assert.equal(isContentPath('posts/dist/a.md', ['posts']), false);
  assert.equal(isContentPath('public/a.md', ['public']), true, 'a named folder is content whatever its name');
  assert.equal(isContentPath('notes/a.md', ['posts', '.']), true);
  assert.equal(isContentPath('a/.hidden/b.md', []), false);
});

function tree(files: string[]): (rel: string) => Promise<FolderEntry[]> {
  return async (rel) => {
    const prefix = rel ? rel + '/' : '';
    const names = new Map<string, FolderEntry['kind']>();
    for (const f of files) {
      if (!f.startsWith(prefix)) continue;
      const [head, ...rest] = f.slice(prefix.length).split('/');
      names.set(head!, rest.length > 0 ? 'directory' : 'file');
    }
    if (names.size === 0 && rel) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return [...names].map(([name, kind]) => ({ name, kind }));
  };
}

test('walks agree with isContentPath', async () => {
  const files = ['README.md', 'posts/b.md', 'posts/a.md', 'posts/.drafts/x.md', 'posts/img.png', 'dist/d.md',
    'node_modules/p/r.md', 'public/p.md', 'notes/n.markdown'];
  const read = tree(files);
  assert.deepEqual(await walkMarkdown(read), ['README.md', 'notes/n.markdown', 'posts/a.md', 'posts/b.md']);
  assert.deepEqual(await walkMarkdown(read, 'dist'), ['dist/d.md']);
  for (const folders of [[], ['posts'], ['posts', 'public'], ['.']]) {
    const walked = await walkContent(read, folders);
    assert.deepEqual(walked, files.filter((f) => isContentPath(f, folders)).sort(), JSON.stringify(folders));
  }
  assert.deepEqual(await walkContent(read, ['missing']), []);
});

test('globs for the editor: one include per content folder; the exclude spares a named folder', () => {
  assert.deepEqual(contentIncludes([]), [{ base: '', pattern: MARKDOWN_GLOB }]);
  assert.deepEqual(contentIncludes(['./posts', 'site/public']), [
    { base: 'posts', pattern: MARKDOWN_GLOB }, { base: 'site/public', pattern: MARKDOWN_GLOB }]);
  assert.match(contentExcludeGlob([]), /^\*\*\/\{node_modules,\.git,dist,out,build,public,_site,.*\}\/\*\*$/);
  assert.doesNotMatch(contentExcludeGlob(['site/public']), /[{,]public[,}]/);
  assert.match(contentExcludeGlob(['site/public']), /[{,]dist[,}]/);
});

test('one name for each file in .lectern/, and Markdown extensions and extensionless links from one place', () => {
  assert.equal(TERMS_FILE_PATH, '.lectern/terms.yaml');
  assert.equal(markdownExtension('posts/A.MD'), '.md');
  assert.equal(markdownExtension('talks/b.mdx'), '.mdx');
  assert.equal(markdownExtension('notes.txt'), null);
  assert.deepEqual(markdownFilesFor('posts/x/'), [
    'posts/x.md', 'posts/x.markdown', 'posts/x.mdx',
    'posts/x/index.md', 'posts/x/index.markdown', 'posts/x/index.mdx',
    'posts/x/_index.md', 'posts/x/_index.markdown', 'posts/x/_index.mdx',
  ]);
});
