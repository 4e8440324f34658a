import { defaultConfig } from '../../../src/core/lint/index';
import type { LecternConfig } from '../../../src/core/config-types';
import type { Finding } from '../../../src/core/lint/types';
import type { LintProviders } from '../../../src/core/lint/index';
import { runRetextEquality } from '../../../src/core/lint/retext-equality';

/** What the hosts hand the engine (src/core/lint/providers.ts); tests that run inclusive-language pass it too. */
export const providers: LintProviders = { retextEquality: runRetextEquality };

/**
 * A config in which only the given rules run, as `lectern:strict` sets them (every sentence judged, the thresholds of
 * before the calm defaults; warning when they are off even there). `preset` chooses the calm defaults instead.
 */
export function only(...ids: string[]): LecternConfig {
  return onlyIn('lectern:strict', ...ids);
}

export function onlyIn(preset: 'lectern:strict' | 'lectern:recommended' | LecternConfig, ...ids: string[]): LecternConfig {
  const config = typeof preset === 'string' ? defaultConfig(preset) : preset;
  for (const [id, setting] of Object.entries(config.rules)) {
    if (ids.includes(id)) { if (setting.severity === 'off') setting.severity = 'warning'; }
    else setting.severity = 'off';
  }
  return config;
}

/** [rule, covered text] pairs: compact and exact. */
export function spans(text: string, findings: readonly Finding[]): Array<[string, string]> {
  return findings.map((f) => [f.rule, text.slice(f.range.start, f.range.end)]);
}
