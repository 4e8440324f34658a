/**
 * A digest of what the lint engine found in a text: one canonical line per finding and per in-file problem (rule,
 * severity, range, message id and data, message, fix and suggestion edits), hashed with SHA-256. Two engines (or
 * two versions of one) that agree on every line give the same digest, so a speed change can be proved not to change
 * a single finding: the unit test over the generated drafts (test/unit/lint/findings-digest.test.ts) and
 * scripts/corpus-digest.mjs over a folder of real posts both use it.
 */
import { createHash } from 'node:crypto';
import type { LintResult } from '../../../src/core/lint/index';
import type { Fix } from '../../../src/core/lint/types';

function fixLine(fix: Fix): string {
  return `${fix.titleId ?? ''}|${fix.title}|${JSON.stringify(fix.data ?? {})}|${fix.edits.map((e) => `${e.range.start}-${e.range.end}=${JSON.stringify(e.newText)}`).join(',')}`;
}

/** One line per finding and problem, in the engine's order (which is part of what is compared). */
export function findingLines(result: LintResult): string[] {
  const lines = result.findings.map((f) => [
    f.rule, f.severity, `${f.range.start}-${f.range.end}`, f.messageId, JSON.stringify(f.data), f.message,
    f.fix ? fixLine(f.fix) : '', (f.suggestions ?? []).map(fixLine).join(' / '),
  ].join('\t'));
  for (const p of result.problems) lines.push(`problem\t${p.severity}\t${p.range.start}-${p.range.end}\t${p.message}`);
  return lines;
}

export interface Digest {
  sha256: string;
  findings: number;
  /** Findings per rule, so a changed digest says where to look. */
  byRule: Record<string, number>;
}

export function digestOf(results: readonly LintResult[]): Digest {
  const hash = createHash('sha256');
  const byRule: Record<string, number> = {};
  let findings = 0;
  for (const result of results) {
    for (const line of findingLines(result)) hash.update(line + '\n');
    hash.update('\0\n');
    for (const f of result.findings) { byRule[f.rule] = (byRule[f.rule] ?? 0) + 1; findings++; }
  }
  const sorted: Record<string, number> = {};
  for (const k of Object.keys(byRule).sort()) sorted[k] = byRule[k]!;
  return { sha256: hash.digest('hex'), findings, byRule: sorted };
}

/** What differs between a stored and a fresh digest, in words (empty when they are equal). */
export function digestDifference(name: string, stored: Digest | undefined, fresh: Digest): string[] {
  if (!stored) return [`${name}: no stored digest`];
  if (stored.sha256 === fresh.sha256) return [];
  const out = [`${name}: digest changed (${stored.findings} → ${fresh.findings} findings)`];
  for (const rule of new Set([...Object.keys(stored.byRule), ...Object.keys(fresh.byRule)])) {
    const a = stored.byRule[rule] ?? 0;
    const b = fresh.byRule[rule] ?? 0;
    if (a !== b) out.push(`  ${rule}: ${a} → ${b}`);
  }
  if (out.length === 1) out.push('  same counts per rule: a range, message, fix or the order changed');
  return out;
}
