import * as vscode from 'vscode';
import { readFrontMatter } from '../../core/frontmatter-edit';
import {
  DEFAULT_HAN_CHARACTERS_PER_MINUTE, DEFAULT_WORDS_PER_MINUTE, estimateSpeakingTime, type SpeakingEstimate, type SpeakingRate,
} from '../../core/templates/index';

/** The speaking rate from the settings (`lectern.talks.*`), with the defaults for anything unusable. */
export function speakingRate(scope?: vscode.Uri): SpeakingRate {
  const config = vscode.workspace.getConfiguration('lectern.talks', scope);
  const positive = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback);
  return {
    wordsPerMinute: positive(config.get('wordsPerMinute'), DEFAULT_WORDS_PER_MINUTE),
    hanCharactersPerMinute: positive(config.get('hanCharactersPerMinute'), DEFAULT_HAN_CHARACTERS_PER_MINUTE),
  };
}

/** The speaking-time estimate of a `type: talk` document, or null for any other document. */
export function talkEstimate(document: vscode.TextDocument): SpeakingEstimate | null {
  const text = document.getText();
  const type = readFrontMatter(text)?.data.type;
  if (typeof type !== 'string' || type.trim().toLowerCase() !== 'talk') return null;
  return estimateSpeakingTime(text, speakingRate(document.uri));
}

/** "12 min" (rounded up to whole minutes; under a minute shows as 1). */
export function formatMinutes(minutes: number): string {
  const nf = new Intl.NumberFormat(vscode.env.language, { maximumFractionDigits: 1 });
  return vscode.l10n.t('{0} min', nf.format(minutes === 0 ? 0 : Math.max(1, Math.round(minutes))));
}

/** The report's section: total, then each section's estimate against its planned minutes. */
export function speakingReport(estimate: SpeakingEstimate): string[] {
  const nf = new Intl.NumberFormat(vscode.env.language, { maximumFractionDigits: 1 });
  const one = (m: number) => nf.format(Math.round(m * 10) / 10);
  const lines = [
    `## ${vscode.l10n.t('Speaking time')}`,
    '',
    vscode.l10n.t('About {0} min to say ({1} words of slides and speaker notes).', one(estimate.minutes), nf.format(estimate.words + estimate.hanCharacters)),
    '',
  ];
  if (estimate.plannedMinutes !== null) {
    lines.push(vscode.l10n.t('Planned: {0} min.', one(estimate.plannedMinutes)), '');
  }
  if (estimate.sections.length > 0) {
    lines.push(`| ${vscode.l10n.t('Section')} | ${vscode.l10n.t('Estimate')} | ${vscode.l10n.t('Planned')} | ${vscode.l10n.t('Difference')} |`, '| --- | ---: | ---: | ---: |');
    for (const s of estimate.sections) {
      const heading = (s.heading ?? vscode.l10n.t('(before the first heading)')).replace(/[|\\`*_[\]<>]/g, '\\$&');
      const planned = s.plannedMinutes === null ? '—' : one(s.plannedMinutes);
      const diff = s.plannedMinutes === null ? '—' : `${s.minutes - s.plannedMinutes >= 0 ? '+' : '−'}${one(Math.abs(s.minutes - s.plannedMinutes))}`;
      lines.push(`| ${heading} | ${one(s.minutes)} | ${planned} | ${diff} |`);
    }
    lines.push('');
  }
  return lines;
}
