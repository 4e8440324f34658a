import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl, type RuleMeta, type Severity, type SeveritySetting } from '../../core/lint/index';
import { repository } from '../../../package.json';
import { version } from '../version';
import { DIRECTIVE_RULE, type FileReport, type OutputRegion } from './report';

/**
 * SARIF 2.1.0 (OASIS), the format code-scanning services ingest. Columns are UTF-16 code units (`columnKind`), 1-based,
 * end column exclusive: the same numbers as the text and JSON formats.
 */
export function formatSarif(files: readonly FileReport[], rules: readonly RuleMeta[], cwd: string): string {
  const descriptors: Array<Record<string, unknown>> = rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    fullDescription: { text: r.why || r.description },
    helpUri: ruleDocsUrl(repository.url, r.id),
    defaultConfiguration: r.defaultSeverity === 'off' ? { enabled: false } : { level: level(r.defaultSeverity) },
    properties: { fixable: r.fixable },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i] as const));
  const used = new Set(files.flatMap((f) => f.diagnostics.map((d) => d.rule)));
  for (const id of used) {
    if (ruleIndex.has(id)) continue;
    // Directive problems (and any rule the registry does not list) still get a descriptor, so `ruleIndex` is valid.
    ruleIndex.set(id, descriptors.length);
    descriptors.push({
      id,
      shortDescription: { text: id === DIRECTIVE_RULE ? 'A Lectern directive in the file is invalid.' : id },
      helpUri: ruleDocsUrl(repository.url, id),
    });
  }

  const artifacts = files.map((f) => ({ location: artifactUri(f.path) }));
  const results = files.flatMap((file, fileIndex) =>
    file.diagnostics.map((d) => {
      const artifactLocation = { ...artifactUri(file.path), index: fileIndex };
      const result: Record<string, unknown> = {
        ruleId: d.rule,
        ruleIndex: ruleIndex.get(d.rule),
        level: level(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(d) } }],
      };
      if (d.fix) {
        result.fixes = [{
          description: { text: d.fix.description },
          artifactChanges: [{
            artifactLocation,
            replacements: d.fix.replacements.map((r) => ({ deletedRegion: region(r), insertedContent: { text: r.newText } })),
          }],
        }];
      }
      return result;
    }),
  );

  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Lectern',
          version,
          informationUri: repository.url.replace(/^git\+/, '').replace(/\.git$/, ''),
          rules: descriptors,
        },
      },
      originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href } },
      artifacts,
      results,
      columnKind: 'utf16CodeUnits',
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function level(severity: Severity | SeveritySetting): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function region(r: OutputRegion): Record<string, number> {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

/** Relative paths stay relative to the run's folder (`SRCROOT`); absolute ones become file URLs. */
function artifactUri(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}
