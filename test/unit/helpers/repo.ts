/**
 * The repository root for unit tests that read real project files (the manifest, sources, the lint config). Tests
 * run from their bundles under out/test/unit/…, so walk up to the folder whose package.json is Lectern's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'lectern') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no Lectern package.json above ${__dirname}`);
  }
}

/** Every file under `dir` (absolute) whose name matches `pattern`, as absolute paths, sorted. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
