// Classes of disagreement between Lectern and the peer linters (scripts/eval-peers.mjs), each written after reading
// samples of the class on the corpus (`--samples`). A class names who is wrong and why:
//   verdict 'peer'    the peer is wrong there (its hit is dropped; a Lectern-only flag becomes a positive Lectern found);
//   verdict 'scope'   the peer's hit is outside what the Lectern rule documents in docs/rules.md (dropped);
//   verdict 'lectern' Lectern is wrong or silent where it should not be (counts against Lectern; listed for fixing).
// kind 'peer-hit': a peer hit, { check, phrase, before, after } (before/after: the text around it);
// kind 'lectern-only': a Lectern finding no kept peer hit covers, { phrase, before, after };
// kind 'miss': a kept peer hit Lectern is silent on, to name the class of Lectern's misses.
// Every `match(hit, sentence, lectern)` gets `lectern`: the phrases Lectern flagged in the sentence under any rule.
// Word sets are the peers' own entries, sorted into classes by hand; they hold words, never corpus sentences.

const words = (s) => new Set(s.trim().split(/\s*\|\s*|\s{2,}|\n/).map((w) => w.trim()).filter(Boolean));
const is = (set) => (h) => set.has(h.phrase);
const lastWord = (phrase) => phrase.split(/\s+/).pop();

/** A peer hit on words Lectern flags under another rule (an intensifier the peer calls a hedge, "there is" as wordy). */
const within = (outer, inner) => ` ${outer} `.includes(` ${inner} `);
const flaggedElsewhere = (h, _s, lectern) => lectern.some((p) => within(p, h.phrase) || within(h.phrase, p));

// ── hedge ────────────────────────────────────────────────────────────────────────────────────────────────────────
const MODALS = words('can | will | would | should | may | could | might | must | cannot | need | needs');
const QUANTITY = words(`some | about | most | like | many | few | much | always | around | several | often | overall |
  almost | at least | sometimes | generally | so far | couple | a bit | little | usually | mostly | largely | frequently |
  roughly | approximately | bunch | mainly | rare | occasionally | partially | rarely | somebody | someone | something |
  certain | and so forth | necessarily`);
const CERTAINTY = words(`clear | clearly | certainly | definitely | really | quite | pretty | rather | fairly | actually |
  basically | effectively | apparent | be sure`);
const THINKING_VERBS = words(`find | found | finds | understand | understands | understood | read | think | thinks |
  thought | consider | considers | considered | believe | believed | say | says | assume | assumes | assumed |
  assumption | suggest | suggests | suggested | indicate | tend | suppose | guess | don't know | estimated | speculated |
  doubt | consistent with | possibility | inconclusive | diagnostic`);
const NOUN_KIND = /\b(?:a|the|this|that|these|those|what|which|any|some|every|each|one|no|same|other|another|different|new|first|only|right|wrong|certain|similar|particular|specific|whatever|our|your|my|its|their|his|her|special|common|all|many|kinds?|sorts?)\s*$/i;

// ── weasel-word ──────────────────────────────────────────────────────────────────────────────────────────────────
const QUANTIFIERS = words(`all | some | most | many | few | several | a lot | lots | bit | enough | various | much | more |
  numerous | huge | vast | tiny | are a number | sort`);
const FUNCTION_WORDS = words(`that | about | also | like | so | only | up | then | still | over | just | even | well | back |
  already | own | again | down | far | ever | close | anyway | somehow`);
const PLAIN_WORDS = words(`started | works | improved | wanted | useful | efficient | helps | saw | looks | decided |
  supports | began | real | heard | noticed | felt | knew | considered | realized | excellent | effective | looked | gains |
  thought | recognized | wondered | touched | experts | expert | be able to | is like | appears | seems | seemed |
  appeared | better | could | might`);
/** Where deleting the intensifier changes the claim; Lectern's weasel-word documents these as exceptions. */
const INTENSIFIER_EXCEPTION = (h) => /^(?:very (?:well|much|few|little|own|first|last|same|beginning|end)|quite (?:a|some)|rather than|pretty[- ]print|completely (?:fair|different))/i.test(h.after)
  || /\b(?:the|this|that|not|never|n't|isn't|wasn't|aren't|don't|doesn't|didn't)\s*$/i.test(h.before);

// ── simpler-word ─────────────────────────────────────────────────────────────────────────────────────────────────
const OPENERS = words('it is | it was | there is | there are | there was | there were');
const ABBREVIATIONS = words('e.g. | i.e. | vice | etc.');
/** retext-simplify's and write-good's entries that are the ordinary words of technical prose. */
const TECH_WORDS = words(`type | function | request | component | render | interface | parameters | option | provide |
  ensure | implement | require | identify | maintain | address | contains | determine | perform | indicate | effect |
  selection | remain | reflect | represents | capability | requirement | establish | delete | evaluate | validate |
  operate | monitor | submit | accurate | maximum | minimum | equivalent | initial | previous | previously | currently |
  immediately | multiple | however | therefore | forward | overall | benefit | encounter | expertise | appropriate |
  identical | participate | combined | substantial | attempt | proceed | remainder | observe | disclose | viable |
  minimize | prioritize | aggregate | enumerate | allocate | acquire | satisfy | feasible | evident | exhibit | warrant |
  accompany | accelerate | desire | cease | elect | comply with | whereas | abundance | thereof | caveat | apparent |
  approximate | residence | your office | in between | amazing | literally | accordingly | indication |
  the month of | one particular`);

// ── passive-voice ────────────────────────────────────────────────────────────────────────────────────────────────
/** Participles after "be" that describe a state of mind or a quality; Lectern documents them as not passive. */
const STATE_OF_MIND = words(`excited | interested | thrilled | pleased | delighted | satisfied | stressed | worried |
  surprised | concerned | shocked | impressed | confused | motivated | convinced | dedicated | advanced | detailed |
  automated | limited | tied | involved | prepared | committed | focused | related`);
/** Result states Lectern documents as passive only with a "by" agent or after be/being/been. */
const RESULT_STATE = words('done | enabled | broken | installed | lost | closed | deprecated | finished | based | gone');

export const JUDGEMENTS = [
  // Any rule: the peer's hit is on words another Lectern rule flags in the same sentence.
  ...['hedge', 'weasel-word', 'simpler-word', 'cliche'].map((rule) => ({
    rule, kind: 'peer-hit', id: 'flagged by another Lectern rule', verdict: 'scope', match: flaggedElsewhere,
    reason: 'the words are flagged in this sentence under another Lectern rule (an intensifier as weasel-word, "there is" as there-is)',
  })),

  // repeated-word
  { rule: 'repeated-word', kind: 'peer-hit', id: 'grammatical double', verdict: 'peer', match: (h) => h.phrase === 'that' || h.phrase === 'had',
    reason: '"that that" and "had had" are grammatical: a conjunction then a determiner' },
  { rule: 'repeated-word', kind: 'peer-hit', id: 'punctuation between', verdict: 'peer', match: (h) => /[,;:]/.test(h.phrase) || /^[\p{L}']+[,;:]/u.test(h.after),
    reason: 'a comma between the two words: a deliberate list ("here, here and here"), not a slip' },

  // article
  { rule: 'article', kind: 'peer-hit', id: 'letters read by name', verdict: 'peer', match: (h) => /^an\s+(?:[bcdfghjklmnpqrstvwxz]{2,}\b|[fhlmnrsx]\d)/i.test(h.after),
    reason: 'a lower-case acronym or a letter before digits is read letter by letter ("an swc plugin", "an x86 system"): "an" is right' },
  { rule: 'article', kind: 'peer-hit', id: 'not an article', verdict: 'peer', match: (h, s) => /^An\b/.test(h.after) && !/^An\b/.test(s) || /^a\s+(?:is|in|has|was)\b/.test(h.after) || /^a\s+\S+\s+(?:is|in|has)\s+/.test(h.after) && /\ba\[/.test(s) || /\buse a in\b/.test(s),
    reason: 'the word is a name (a person called An) or a variable called a, not an article' },
  { rule: 'article', kind: 'lectern-only', id: 'acronym read by letter', verdict: 'peer', match: (h) => /^a\s+(?:[A-Z]{2,}|[FHLMNRSX]\d)/.test(h.after),
    reason: 'an acronym read letter by letter opens with a vowel sound ("an RSC-compatible", "an S3 bucket"); the peer judges by spelling' },

  // passive-voice
  { rule: 'passive-voice', kind: 'peer-hit', id: 'state of mind or quality', verdict: 'scope', match: (h) => STATE_OF_MIND.has(lastWord(h.phrase)) && !/\bby\b/.test(h.after.slice(h.phrase.length, h.phrase.length + 5)),
    reason: 'a participle used as an adjective ("we are excited", "is limited to"): no action, no hidden actor; documented as not passive' },
  { rule: 'passive-voice', kind: 'peer-hit', id: 'un- adjective', verdict: 'scope', match: (h) => /^un[a-z]+ed$/.test(lastWord(h.phrase)) && !/^\S+\s+by\b/.test(h.after.slice(h.phrase.length).trim() + ' '),
    reason: '"is unaffected", "are unused": an un- adjective, documented as not passive without a by-agent' },
  { rule: 'passive-voice', kind: 'peer-hit', id: 'result state', verdict: 'scope', match: (h) => RESULT_STATE.has(lastWord(h.phrase)) && /^(?:is|are|was|were|am)\b/.test(h.phrase),
    reason: 'a result state after is/are/was ("the deploy is done", "is enabled by default"): documented as passive only with a by-agent' },
  { rule: 'passive-voice', kind: 'peer-hit', id: 'retext-passive: participle alone', verdict: 'peer', match: (h) => h.check === 'retext-passive' && /^(?:done|gone|lost|broken)$/.test(h.phrase),
    reason: 'retext-passive flags the bare participle; "gone" cannot be passive, and "done"/"lost"/"broken" after "is" are result states' },
  { rule: 'passive-voice', kind: 'peer-hit', id: '"used to"', verdict: 'scope', match: (h) => /\bused$/.test(h.phrase) && /^\S+(?:\s+\S+)*?\s+used\s+to\b/i.test(h.after),
    reason: '"used to": documented as left alone (passive in "is used to build", not in "is used to slow builds")' },
  { rule: 'passive-voice', kind: 'lectern-only', id: 'adverb or "not" between', verdict: 'peer', match: (h) => h.phrase.split(/\s+/).length >= 3,
    reason: 'a passive with an adverb or "not" between be and the participle ("is not affected", "are now supported"): write-good only sees adjacent words' },
  { rule: 'passive-voice', kind: 'lectern-only', id: 'contracted be', verdict: 'peer', match: (h) => /^\S+['’](?:s|re)\s/.test(h.phrase),
    reason: 'a contracted be ("that\'s disallowed", "they\'re released"): the peers do not read contractions' },
  { rule: 'passive-voice', kind: 'lectern-only', id: 'participle missing from the peers', verdict: 'peer', match: (h) => /^(?:is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+[a-z-]+$/.test(h.phrase),
    reason: 'be + a participle neither peer lists ("were rebuilt", "are overridden", "was re-elected")' },

  // there-is
  { rule: 'there-is', kind: 'lectern-only', id: 'was, were, \'s or lower case', verdict: 'peer', match: (h) => /^there(?:\s+(?:was|were|is|are)|['’]s)\b/i.test(h.phrase),
    reason: 'write-good only checks a capitalised "There is/are" at the start of the text; Lectern documents was, were and \'s too' },

  // simpler-word
  { rule: 'simpler-word', kind: 'peer-hit', id: 'sentence opener', verdict: 'scope', match: is(OPENERS),
    reason: '"it is", "there are": sentence openers, the there-is rule\'s concern, not a wordy word' },
  { rule: 'simpler-word', kind: 'peer-hit', id: 'abbreviation', verdict: 'scope', match: is(ABBREVIATIONS), reason: 'an abbreviation, not a wordy word' },
  { rule: 'simpler-word', kind: 'peer-hit', id: 'ordinary word of technical prose', verdict: 'peer', match: is(TECH_WORDS),
    reason: 'a term or plain word of engineering prose ("type", "function", "request", "render", "however"): the peer\'s alternative changes the meaning or is no shorter' },
  { rule: 'simpler-word', kind: 'peer-hit', id: '"all of" before a pronoun', verdict: 'peer', match: (h) => h.phrase === 'all of' && /^all of\s+(?:us|them|you|it|these|those|this|which|whom|what|our|their|your|my|its)\b/i.test(h.after),
    reason: '"all of them" needs "of"' },
  { rule: 'simpler-word', kind: 'peer-hit', id: 'intensifier', verdict: 'scope', match: is(words('very | really | quite')),
    reason: 'an intensifier: weasel-word\'s concern (with its documented exceptions: "very few", "the very first")' },
  { rule: 'simpler-word', kind: 'miss', id: 'left out to keep the default calm', verdict: 'lectern', match: is(words('additional | in addition | similar to')),
    reason: 'common and unobjectionable in engineering prose; left off the list on purpose, still counted as misses' },
  { rule: 'simpler-word', kind: 'lectern-only', id: 'entry the peers lack', verdict: 'peer', match: () => true,
    reason: 'a wordy word with a plain alternative the peers\' lists lack ("additionally", "approximately", "individuals"); samples read in context: right' },

  // hedge
  { rule: 'hedge', kind: 'peer-hit', id: 'modal verb', verdict: 'scope', match: is(MODALS),
    reason: 'modal verbs are grammar, not hedges; the rule documents adverbs and phrases' },
  { rule: 'hedge', kind: 'peer-hit', id: 'quantity or frequency', verdict: 'scope', match: is(QUANTITY),
    reason: 'says how many or how often ("some", "about 10", "usually"): an estimate, not the writer\'s doubt' },
  { rule: 'hedge', kind: 'peer-hit', id: 'certainty or intensifier', verdict: 'scope', match: is(CERTAINTY),
    reason: 'strengthens the claim ("clearly", "really"): weasel-word or condescending territory, not a hedge' },
  { rule: 'hedge', kind: 'peer-hit', id: 'verb used literally', verdict: 'peer', match: (h) => THINKING_VERBS.has(h.phrase) && !/\bI\s*$/.test(h.before),
    reason: '"we found a bug", "read the docs", "consider X": the verb is the content, not a hedge (first-person "I think" is flagged)' },
  { rule: 'hedge', kind: 'peer-hit', id: '"possible" as an adjective', verdict: 'peer', match: (h, s) => h.phrase === 'possible' && !/possible that/i.test(s),
    reason: '"as soon as possible", "make it possible": not a hedge ("it is possible that" is flagged)' },
  { rule: 'hedge', kind: 'peer-hit', id: '"kind of" as a noun', verdict: 'peer', match: (h) => /^(?:kind|sort) of$/.test(h.phrase) && NOUN_KIND.test(h.before),
    reason: '"this kind of bug": a noun, documented as not a hedge' },
  { rule: 'hedge', kind: 'peer-hit', id: '"likely" in a comparison', verdict: 'scope', match: (h) => /^(?:un)?likely$/.test(h.phrase) && /\b(?:more|less|as|equally|most|least)\s*$/i.test(h.before) && !/\bmost\s*$/i.test(h.before),
    reason: '"more likely to report": a measured comparison (survey results), not the writer\'s doubt' },
  { rule: 'hedge', kind: 'peer-hit', id: '"looks like" a resemblance', verdict: 'peer', match: (h) => /^looks? like$/.test(h.phrase) && !/\bit\s*$/i.test(h.before),
    reason: '"the call looks like this:": a comparison, not a hedge ("it looks like" is flagged)' },
  { rule: 'hedge', kind: 'lectern-only', id: 'qualifier the peer lacks', verdict: 'peer', match: (h) => /^(?:relatively|somewhat|arguably|seemingly|presumably|it seems|it appears|seems to|seem to|appears to|appear to|i feel (?:that|like)|could possibly|could potentially|to some extent|to some degree|in a way|hopefully|most likely|will likely)$/.test(h.phrase),
    reason: 'a qualifier that softens the claim ("relatively new", "it seems"); the peer\'s list lacks it or files it under weasel' },

  // weasel-word
  { rule: 'weasel-word', kind: 'peer-hit', id: 'quantifier', verdict: 'scope', match: is(QUANTIFIERS),
    reason: '"many", "several", "a lot": says how many; the rule documents intensifiers' },
  { rule: 'weasel-word', kind: 'peer-hit', id: 'function word', verdict: 'scope', match: is(FUNCTION_WORDS),
    reason: '"that", "also", "only", "still": grammar words the peer lists; not intensifiers' },
  { rule: 'weasel-word', kind: 'peer-hit', id: 'verb, adjective or hedge', verdict: 'scope', match: is(PLAIN_WORDS),
    reason: '"started", "improved", "useful", "could": content words and hedges, not intensifiers' },
  { rule: 'weasel-word', kind: 'peer-hit', id: 'frequency or approximation', verdict: 'scope', match: is(words('often | almost | mostly | largely | nearly | usually | significantly')),
    reason: '"often", "almost", "largely", "significantly faster": says how often or how much (a hedge or a measure), not an intensifier' },
  { rule: 'weasel-word', kind: 'peer-hit', id: 'documented exception', verdict: 'peer', match: INTENSIFIER_EXCEPTION,
    reason: '"the very first", "not very", "quite a few", "rather than": deleting the word changes the claim' },
  { rule: 'weasel-word', kind: 'lectern-only', id: 'intensifier the peers lack', verdict: 'peer', match: (h) => /^(?:truly|incredibly|absolutely|definitely|basically|extremely|totally|utterly|literally|insanely|hugely|really|essentially|quite|super|exceptionally|very|fairly|pretty|surprisingly|interestingly)$/.test(h.phrase),
    reason: 'an intensifier the peers\' lists lack ("truly global", "incredibly excited")' },

  // cliche
  { rule: 'cliche', kind: 'lectern-only', id: 'idiom the peer lacks', verdict: 'peer', match: () => true,
    reason: 'a common idiom or business phrase ("set in stone", "from the ground up", "going forward") missing from no-cliches; samples read in context: used as idioms' },
];

/** The first class that matches, or undefined. */
export function judge(rule, kind, hit, sentence, lectern = []) {
  return JUDGEMENTS.find((j) => j.rule === rule && j.kind === kind && j.match(hit, sentence, lectern));
}
