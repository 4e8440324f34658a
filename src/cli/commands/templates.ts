import { resolve } from 'node:path';
import { EXIT_OK, EXIT_USAGE, type CliContext } from '../fs';
import { oneOf, parseArgs } from '../args';
import { displayPath } from '../located';
import { UsageError, type Subcommand } from './types';
import { loadConfig } from '../config';
import { loadCatalog } from '../templates/catalog';
import { matchDimension, resolveDimensions } from '../../core/goals/api';

const usage = `Usage: lectern templates [--format text|json]

Lists the templates \`lectern new\` and the editor's "New Post from Template…" offer: the built-in ones and the
workspace's .lectern/templates/*.md (a workspace template with a built-in's id replaces it).

Options:
  --format text|json  text (default): a table of id, kind, type, dimension and name;
                      json: {"templates":[{"id","kind","type","name","dimension"}]}

A template file that cannot be used is reported on stderr as a warning; the others are still listed.
Exit codes: 0 listed; 2 usage error or an invalid .lectern/config.json.
`;

function parseTemplatesArgs(args: readonly string[]): { format: 'text' | 'json' } {
  const parsed = parseArgs(args, { values: { '--format': oneOf(['text', 'json'], 'badFormatGoals') } });
  const [extra] = parsed.positionals;
  if (extra !== undefined) throw new UsageError('unknownOption', { option: extra });
  return { format: parsed.values.get('--format') === 'json' ? 'json' : 'text' };
}


async function run(ctx: CliContext, args: string[]): Promise<number> {
  const { format } = parseTemplatesArgs(args);
  const loaded = await loadConfig(ctx.fs, ctx.cwd, undefined);
  if (loaded.problems.length > 0) {
    for (const p of loaded.problems) ctx.stderr.write(`${p}\n`);
    return EXIT_USAGE;
  }
  const root = loaded.root;
  const catalog = await loadCatalog(ctx, root, (abs) => displayPath(ctx.cwd, resolve(abs)));
  const dimensions = resolveDimensions(loaded.config);
  const rows = catalog.templates.map((t) => ({
    id: t.id,
    kind: t.kind,
    type: t.type,
    name: t.name.en,
    dimension: t.dimension === null ? null : (matchDimension(dimensions, t.dimension)?.id ?? t.dimension),
  }));
  if (format === 'json') {
    ctx.stdout.write(JSON.stringify({ templates: rows }, null, 2) + '\n');
    return EXIT_OK;
  }
  const head = { id: 'ID', kind: 'KIND', type: 'TYPE', dimension: 'DIMENSION', name: 'NAME' };
  const width = (key: 'id' | 'kind' | 'type' | 'dimension') => Math.max(head[key].length, ...rows.map((r) => (r[key] ?? '—').length));
  const w = { id: width('id'), kind: width('kind'), type: width('type'), dimension: width('dimension') };
  const line = (r: { id: string; kind: string; type: string; dimension: string | null; name: string }) =>
    `${r.id.padEnd(w.id)}  ${r.kind.padEnd(w.kind)}  ${r.type.padEnd(w.type)}  ${(r.dimension ?? '—').padEnd(w.dimension)}  ${r.name}`;
  ctx.stdout.write([line(head), ...rows.map(line)].join('\n') + '\n');
  return EXIT_OK;
}

export const templatesCommand: Subcommand = {
  name: 'templates',
  summary: 'list the templates for new posts, talks and other work',
  usage,
  run,
};
