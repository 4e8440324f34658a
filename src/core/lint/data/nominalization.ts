import type { SubstitutionEntry } from './types';

/**
 * `nominalization`: a verb buried in a noun ("make a decision" for "decide"). The sentence gets shorter and its
 * actor clearer when the verb comes back. Every entry is a suggestion (`safe: false`): the words after the phrase
 * sometimes need to change too ("made a decision about" → "decided on").
 *
 * One entry per tense of the light verb, so the suggestion keeps the tense: made a decision → decided.
 */
function forms(
  noun: string,
  light: readonly [base: string, third: string, past: string, gerund: string],
  verb: readonly [base: string, third: string, past: string, gerund: string],
): SubstitutionEntry[] {
  // "put" is its own past tense: list each light-verb spelling once (the first, present-tense reading wins).
  return light.flatMap((l, i) => (light.indexOf(l) === i ? [{ match: [`${l} ${noun}`], replace: [verb[i]!], safe: false }] : []));
}

const MAKE = ['make', 'makes', 'made', 'making'] as const;
const PERFORM = ['perform', 'performs', 'performed', 'performing'] as const;
const CONDUCT = ['conduct', 'conducts', 'conducted', 'conducting'] as const;
const CARRY_OUT = ['carry out', 'carries out', 'carried out', 'carrying out'] as const;
const HAVE = ['have', 'has', 'had', 'having'] as const;
const GIVE = ['give', 'gives', 'gave', 'giving'] as const;
const PROVIDE = ['provide', 'provides', 'provided', 'providing'] as const;
const REACH = ['reach', 'reaches', 'reached', 'reaching'] as const;
const COME_TO = ['come to', 'comes to', 'came to', 'coming to'] as const;
const TAKE = ['take', 'takes', 'took', 'taking'] as const;
const PUT = ['put', 'puts', 'put', 'putting'] as const;
const PLACE = ['place', 'places', 'placed', 'placing'] as const;
const DO = ['do', 'does', 'did', 'doing'] as const;

export const nominalizations: readonly SubstitutionEntry[] = [
  ...forms('a decision', MAKE, ['decide', 'decides', 'decided', 'deciding']),
  ...forms('the decision', MAKE, ['decide', 'decides', 'decided', 'deciding']),
  ...forms('a decision', REACH, ['decide', 'decides', 'decided', 'deciding']),
  ...forms('an analysis', PERFORM, ['analyze', 'analyzes', 'analyzed', 'analyzing']),
  ...forms('an analysis', CONDUCT, ['analyze', 'analyzes', 'analyzed', 'analyzing']),
  ...forms('an analysis', CARRY_OUT, ['analyze', 'analyzes', 'analyzed', 'analyzing']),
  ...forms('an analysis', DO, ['analyze', 'analyzes', 'analyzed', 'analyzing']),
  ...forms('an investigation', CONDUCT, ['investigate', 'investigates', 'investigated', 'investigating']),
  ...forms('an investigation', CARRY_OUT, ['investigate', 'investigates', 'investigated', 'investigating']),
  ...forms('an investigation', PERFORM, ['investigate', 'investigates', 'investigated', 'investigating']),
  ...forms('an evaluation of', PERFORM, ['evaluate', 'evaluates', 'evaluated', 'evaluating']),
  ...forms('an evaluation of', CONDUCT, ['evaluate', 'evaluates', 'evaluated', 'evaluating']),
  ...forms('an assessment of', MAKE, ['assess', 'assesses', 'assessed', 'assessing']),
  ...forms('an assessment of', PERFORM, ['assess', 'assesses', 'assessed', 'assessing']),
  ...forms('a review of', PERFORM, ['review', 'reviews', 'reviewed', 'reviewing']),
  ...forms('a review of', CONDUCT, ['review', 'reviews', 'reviewed', 'reviewing']),
  ...forms('a migration of', PERFORM, ['migrate', 'migrates', 'migrated', 'migrating']),
  ...forms('the installation of', PERFORM, ['install', 'installs', 'installed', 'installing']),
  ...forms('a calculation of', PERFORM, ['calculate', 'calculates', 'calculated', 'calculating']),
  ...forms('a search for', PERFORM, ['search for', 'searches for', 'searched for', 'searching for']),
  ...forms('an assumption', MAKE, ['assume', 'assumes', 'assumed', 'assuming']),
  ...forms('the assumption', MAKE, ['assume', 'assumes', 'assumed', 'assuming']),
  ...forms('a recommendation', MAKE, ['recommend', 'recommends', 'recommended', 'recommending']),
  ...forms('a suggestion', MAKE, ['suggest', 'suggests', 'suggested', 'suggesting']),
  ...forms('a choice', MAKE, ['choose', 'chooses', 'chose', 'choosing']),
  ...forms('a comparison', MAKE, ['compare', 'compares', 'compared', 'comparing']),
  ...forms('a comparison', DO, ['compare', 'compares', 'compared', 'comparing']),
  ...forms('a contribution to', MAKE, ['contribute to', 'contributes to', 'contributed to', 'contributing to']),
  ...forms('a payment', MAKE, ['pay', 'pays', 'paid', 'paying']),
  ...forms('an attempt', MAKE, ['try', 'tries', 'tried', 'trying']),
  ...forms('an effort to', MAKE, ['try to', 'tries to', 'tried to', 'trying to']),
  ...forms('an estimate', MAKE, ['estimate', 'estimates', 'estimated', 'estimating']),
  ...forms('a measurement', MAKE, ['measure', 'measures', 'measured', 'measuring']),
  ...forms('a determination', MAKE, ['determine', 'determines', 'determined', 'determining']),
  ...forms('a reference to', MAKE, ['refer to', 'refers to', 'referred to', 'referring to']),
  ...forms('an adjustment to', MAKE, ['adjust', 'adjusts', 'adjusted', 'adjusting']),
  ...forms('adjustments to', MAKE, ['adjust', 'adjusts', 'adjusted', 'adjusting']),
  ...forms('an improvement to', MAKE, ['improve', 'improves', 'improved', 'improving']),
  ...forms('improvements to', MAKE, ['improve', 'improves', 'improved', 'improving']),
  ...forms('modifications to', MAKE, ['change', 'changes', 'changed', 'changing']),
  ...forms('an investment in', MAKE, ['invest in', 'invests in', 'invested in', 'investing in']),
  ...forms('use of', MAKE, ['use', 'uses', 'used', 'using']),
  ...forms('a request for', MAKE, ['ask for', 'asks for', 'asked for', 'asking for']),
  ...forms('a conclusion', REACH, ['conclude', 'concludes', 'concluded', 'concluding']),
  ...forms('a conclusion', COME_TO, ['conclude', 'concludes', 'concluded', 'concluding']),
  ...forms('the conclusion', COME_TO, ['conclude', 'concludes', 'concluded', 'concluding']),
  ...forms('a discussion', HAVE, ['discuss', 'discusses', 'discussed', 'discussing']),
  ...forms('a tendency to', HAVE, ['tend to', 'tends to', 'tended to', 'tending to']),
  ...forms('an impact on', HAVE, ['affect', 'affects', 'affected', 'affecting']),
  ...forms('a preference for', HAVE, ['prefer', 'prefers', 'preferred', 'preferring']),
  ...forms('a need for', HAVE, ['need', 'needs', 'needed', 'needing']),
  ...forms('an explanation of', GIVE, ['explain', 'explains', 'explained', 'explaining']),
  ...forms('an explanation of', PROVIDE, ['explain', 'explains', 'explained', 'explaining']),
  ...forms('a description of', GIVE, ['describe', 'describes', 'described', 'describing']),
  ...forms('a description of', PROVIDE, ['describe', 'describes', 'described', 'describing']),
  ...forms('action', TAKE, ['act', 'acts', 'acted', 'acting']),
  ...forms('emphasis on', PUT, ['emphasize', 'emphasizes', 'emphasized', 'emphasizing']),
  ...forms('emphasis on', PLACE, ['emphasize', 'emphasizes', 'emphasized', 'emphasizing']),
  { match: ['is in agreement with'], replace: ['agrees with'], safe: false },
  { match: ['are in agreement with'], replace: ['agree with'], safe: false },
  { match: ['is dependent on', 'is dependent upon'], replace: ['depends on'], safe: false },
  { match: ['are dependent on', 'are dependent upon'], replace: ['depend on'], safe: false },
  { match: ['is reliant on', 'is reliant upon'], replace: ['relies on'], safe: false },
  { match: ['are reliant on', 'are reliant upon'], replace: ['rely on'], safe: false },
  { match: ['is in violation of'], replace: ['violates'], safe: false },
  { match: ['achieve a reduction in'], replace: ['reduce'], safe: false },
  { match: ['achieved a reduction in'], replace: ['reduced'], safe: false },
];
