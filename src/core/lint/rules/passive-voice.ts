import { documentRule, type RuleFinding, type SentenceContext, type Word } from '../rule-types';
import { collectShare, finishShare, type ShareFacts } from '../share';

const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't",
  "it's", "that's", "he's", "she's", "what's", "who's", "here's", "there's", "they're", "we're", "you're", "i'm"]);
/** Words that may stand between the form of "be" and the participle. */
const BETWEEN = new Set(['not', 'never', 'also', 'always', 'often', 'still', 'already', 'just', 'now', 'then', 'all',
  'both', 'each', 'ever', 'even', 'rarely', 'seldom', 'sometimes', 'usually', 'soon', 'being', 'been', 'be', "n't",
  'automatically', 'only', 'mostly', 'mainly', 'generally', 'typically', 'first', 'later']);

export const IRREGULAR_PARTICIPLES = new Set(('arisen awoken borne beaten begun bent bidden bitten bled blown broken brought ' +
  'built burnt bought caught chosen clung cost crept cut dealt done drawn dreamt driven dug eaten fallen fed felt fought ' +
  'found fled flung flown forbidden forgotten forgiven forecast frozen given ground grown hung heard hidden hit held hurt ' +
  'kept knelt known laid led leapt left lent let lit lost made meant met mistaken misunderstood overridden overrun ' +
  'overtaken overthrown overwritten paid proven put quit read rebuilt redone rerun rewritten ridden rung risen run said ' +
  'seen sought sold sent set sewn shaken shed shot shown shrunk shut sung sunk slain slid slung sown spoken sped spent ' +
  'spilt spun split spread sprung stolen stuck stung stridden struck strung sworn swept swollen swum swung taken taught ' +
  'torn told thought thrown thrust trodden understood undone upheld upset woken worn woven wed wept won wound withdrawn ' +
  'withheld written broadcast bound undertaken unwound ' +
  // Less common ones: a passive with them is as passive as with "written".
  'beheld besought bestridden browbeaten cast clad cleft foreseen foretold forgone forsaken forsworn gotten hewn ' +
  'inlaid misled mislaid misread misspelt mown outdone outgrown outrun outshone overcome overdone overdrawn overheard ' +
  'overlaid overpaid overseen overshot oversold partaken sawn shorn shod slit smitten spat stricken strewn striven ' +
  'thriven unbound undergone underlain undersold underwritten unmade waylaid wrung begotten outbid retaken rewound ' +
  'remade resold retold reset rewoven spoilt spelt learnt dwelt leant smelt dreamt burnt forbade beset bespoke ' +
  'bidden overthrown mistaught misheard mistook outsold overridden overtaken underpaid upheld withstood sped ' +
  'stridden slain sunken shrunken stolen woken').split(' '));

/** Participles that after "be" describe a state of mind or being, not an action done by someone. */
export const ADJECTIVAL = new Set(('tired excited interested married bored worried pleased surprised disappointed ' +
  'confused concerned scared frightened satisfied amazed annoyed embarrassed exhausted thrilled delighted relieved ' +
  'ashamed amused astonished determined devoted divorced engaged related focused headed exhilarated fascinated frustrated horrified impressed ' +
  'inspired intrigued overwhelmed puzzled shocked stressed terrified thrilled troubled upset used supposed ' +
  'motivated qualified prepared involved obsessed convinced dedicated talented skilled experienced advanced detailed ' +
  'complicated sophisticated limited renowned tailored crowded balanced varied unexpected unrelated outdated ' +
  'automated animated heated naked wicked sacred rugged ragged crooked beloved learned aged gifted ' +
  'mixed gone').split(' '));
/** Words ending in -ed that are not participles. */
const NOT_PARTICIPLE = new Set(['need', 'seed', 'speed', 'embed', 'bed', 'red', 'shed', 'feed', 'breed', 'hundred',
  'indeed', 'proceed', 'succeed', 'exceed', 'weed', 'deed', 'greed', 'shred', 'bred', 'led', 'fed', 'wed', 'sled']);

/** Participles that after "be" usually state a result ("the deploy is done"): passive only with a "by" agent. */
const STATIVE = new Set(['done', 'committed', 'finished', 'closed', 'gone', 'lost', 'based', 'located', 'connected', 'installed', 'enabled', 'disabled', 'broken', 'deprecated', 'open-sourced']);
/**
 * Participles of verbs that take no object, so they cannot be passive: "what's happened" is "what has happened".
 */
const INTRANSITIVE = new Set(['happened', 'occurred', 'arrived', 'emerged', 'existed', 'appeared', 'disappeared',
  'vanished', 'gone', 'come', 'become', 'evolved', 'risen', 'fallen', 'arisen']);
/** Prefixes that make a hyphenated verb ("re-enabled", "co-located"); any other first part makes a compound adjective ("well-formed", "LLM-generated"). */
const VERB_PREFIX = new Set(['re', 'pre', 'co', 'de', 'mis', 'over', 'under', 'out', 'up', 'down', 'cross', 'double',
  'auto', 'hand', 'open', 'soft', 'hard', 'sub', 'inter', 'cherry', 'dry', 'spot', 'fast', 'back', 'dual', 'multi']);

export function isParticiple(word: Word): boolean {
  const w = word.lower;
  if (NOT_PARTICIPLE.has(w) || INTRANSITIVE.has(w)) return false;
  const dash = w.indexOf('-');
  if (dash > 0 && !VERB_PREFIX.has(w.slice(0, dash)) && !STATIVE.has(w)) return false;
  if (ADJECTIVAL.has(w)) return true;
  if (IRREGULAR_PARTICIPLES.has(w)) return true;
  return w.length >= 5 && w.endsWith('ed') && /^[a-z-]+$/.test(w);
}

/**
 * Whether the participle at `k` names an action although it is on the stative or adjectival lists: a result state
 * after an infinitive or progressive "be" ("needs to be done", "is being installed", "has been broken"), and "used"
 * when no "to" follows ("can be used in", "are used.").
 */
function actionAfter(words: readonly Word[], k: number): boolean {
  const p = words[k]!.lower;
  // "used to" is left alone: "is used to build it" is passive, "is used to slow builds" is not, and telling the two
  // apart takes a part-of-speech tagger.
  if (p === 'used') return words[k + 1]?.lower !== 'to';
  const before = words[k - 1]?.lower;
  return STATIVE.has(p) && (before === 'be' || before === 'being' || before === 'been');
}

/** Index range [be, participle] of each passive construction in `words`. */
export function findPassives(words: readonly Word[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    if (!BE.has(words[i]!.lower)) continue;
    let k = i + 1;
    while (k < words.length && k - i <= 3 && (BETWEEN.has(words[k]!.lower) || (words[k]!.lower.endsWith('ly') && words[k]!.lower.length > 3 && !isParticiple(words[k]!)))) k++;
    const p = words[k];
    if (!p || !isParticiple(p)) continue;
    // A result state or an adjective-like participle is passive when an agent follows: "is done by CI", "was
    // surprised by the result".
    if (words[k + 1]?.lower !== 'by' && !actionAfter(words, k) && (STATIVE.has(p.lower) || ADJECTIVAL.has(p.lower) || /^un[a-z]+ed$/.test(p.lower))) continue;
    // Only spaces between the words: "is, finished" or "was (signed)" are not one phrase.
    if (!/^[\s\w'’-]*$/.test(text.slice(words[i]!.end, p.start))) continue;
    out.push([i, k]);
    i = k;
  }
  return out;
}

/** `findPassives` of a sentence, found once for this rule and the metrics (kept on the context: SentenceContext.passives). */
export function passivesOf(ctx: SentenceContext): ReadonlyArray<readonly [number, number]> {
  return ctx.passives ??= findPassives(ctx.words, ctx.block.text);
}

interface Options { maxShare: number; [k: string]: unknown }

function judge(ctx: SentenceContext): RuleFinding[] {
  return passivesOf(ctx).map(([a, b]) => {
    const start = ctx.words[a]!.start;
    const end = ctx.words[b]!.end;
    const phrase = ctx.block.text.slice(start, end).replace(/\s+/g, ' ');
    return { messageId: 'passive', data: { phrase }, range: { start, end } };
  });
}

export default documentRule<Options, ShareFacts>({
  id: 'passive-voice',
  description: 'A post in which more than 20% of the sentences are passive: a form of "be" and a past participle (strict: every passive).',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'document',
  options: { maxShare: 0.2 },
  strict: {
    options: { maxShare: 0 },
    calm: 'A passive sentence is often the right choice (when the actor is unknown or beside the point); a post full of them hides who does what. By default a post is flagged once, on its first passive sentence, when more than a fifth of its sentences are passive; its other passive sentences are hints.',
  },
  why: 'Passive voice hides who does what. Naming the actor makes the sentence shorter and the responsibility clear.',
  example: { bad: 'The migration was written by the platform team.', good: 'The platform team wrote the migration.' },
  notes: 'A form of *be* (am, is, are, was, were, be, been, being, and contractions such as *it\'s*), then up to three adverbs or words like *not*, *also*, *being*, then a past participle: any word ending in *-ed* or one of ~260 irregular participles (*written*, *made*, *built*, *forsaken*, *overheard*…). Not flagged without a *by* agent: participles used as adjectives after *be* (*tired, excited, interested, married, worried, mixed, used, supposed, involved…*) and result states (*done, committed, finished, closed, gone, lost, based, located, connected, installed, enabled, disabled, broken, deprecated, open-sourced*); with one they are ("is done by CI", "was surprised by the result"). A result state after *be*, *being* or *been* is an action ("needs to be done", "is being installed"), and so is *used* when no *to* follows ("can be used here"; *used to* is left alone: "is used to build" is passive, "is used to slow builds" is not). Never passive: verbs that take no object ("what\'s happened"), compound adjectives (*well-formed*, *self-hosted*, *LLM-generated*; a verb prefix such as *re-*, *pre-*, *co-* keeps the participle: *re-enabled*) and *un-…-ed* adjectives (*unchanged*) without an agent. The share is passive sentences ÷ English sentences of the post; `maxShare: 0` flags every passive sentence. The range runs from the form of *be* to the participle .',
  examples: {
    ok: ['The platform team wrote the migration.', 'I was tired after the release.', 'We are excited about it.', 'She is interested in compilers.', 'The flaky test is simply broken.', "Look at what's happened.", 'The parser is well-tested.', 'The output is unchanged.', 'We are used to it.'],
    notOk: ['The migration was written by the platform team.', 'The flag is used in every build.', 'More work needs to be done.', 'The port was re-enabled.', 'The bug was quickly fixed.', 'The tests are being rewritten.', 'Mistakes were made.', 'The build was broken by the last merge.', 'The plan was foreseen by nobody.', 'We were surprised by the result.'],
  },
  collect: (ctx) => collectShare(ctx, judge),
  finish: (items, options) => finishShare(items, options.maxShare, 'share'),
});
