/**
 * English rule messages and fix titles (the source language). Each rule's description and "why" live with the rule
 * (rules/*.ts); zh-cn.ts translates everything. A unit test checks both catalogs have the same ids and placeholders.
 */
import type { Catalog } from './types';

export const en: Catalog = {
  listJoin: "' or '",
  messages: {
    // The word-list kinds' default messages (kinds.ts) and the fix titles several rules share.
    common: {
      found: "'{text}'.",
      foundNote: "'{text}': {note}",
      replace: "Use '{replacements}' instead of '{text}'.",
      replaceNote: "Use '{replacements}' instead of '{text}' ({note}).",
      'fix.replace': "Replace with '{replacement}'",
      'fix.remove': "Remove '{text}'",
    },
    'long-sentence': {
      tooLong: 'This sentence has {count} words (more than {max}). Split it.',
      share: "{share} of this post's sentences ({flagged} of {total}) have more than {max} words; keep it under {maxShare}. This sentence has {count} words (more than {max}). Split it.",
    },
    'passive-voice': {
      passive: "'{phrase}' is passive voice; say who does it.",
      share: "{share} of this post's sentences ({flagged} of {total}) are passive; keep it under {maxShare}. '{phrase}' is passive voice; say who does it.",
    },
    'weasel-word': {
      weasel: "'{text}' adds emphasis but no information; cut it or show the evidence.",
    },
    hedge: {
      hedge: "'{text}' weakens the claim; state it, or say why you are unsure.",
    },
    condescending: {
      condescending: "'{text}' can make readers who find this hard feel slow; cut it or show the steps.",
    },
    cliche: {
      cliche: "'{text}' is a cliché.",
      clicheNote: "'{text}' is a cliché: {note}.",
    },
    'repeated-word': {
      repeated: "'{word}' is repeated.",
      'fix.removeSecond': "Remove the second '{word}'",
    },
    article: {
      beforeVowel: "Use '{article}' before '{word}' (it starts with a vowel sound).",
      beforeConsonant: "Use '{article}' before '{word}' (it starts with a consonant sound).",
    },
    'there-is': {
      opener: "Sentence opens with '{opener}'; start with the real subject.",
    },
    nominalization: {
      nominalization: "'{text}' hides the verb; try '{replacement}'.",
    },
    'undefined-acronym': {
      undefined: '\'{acronym}\' is used before it is defined. Spell it out the first time, e.g. "Full Name ({acronym})".',
    },
    exclamation: {
      repeated: "'{marks}': one exclamation mark is enough (or none).",
      tooMany: 'Exclamation mark number {number} in this post (more than {max}); let the content carry the emphasis.',
    },
    'long-paragraph': {
      tooLong: 'This paragraph has {count} words (more than {max}). Split it where the topic shifts.',
    },
    'heading-distance': {
      tooFar: 'More than {max} words without a subheading. Add one that says what this part is about.',
    },
    readability: {
      grade: 'This paragraph reads at grade {grade} (target {target}). Use shorter sentences and plainer words.',
    },
    'zh-space-latin': {
      noSpace: "Add a space between '{before}' and '{after}': Chinese and Latin text are set apart.",
      'fix.addSpace': 'Add a space',
    },
    'fullwidth-alnum': {
      fullwidth: "'{text}' is written with full-width characters; write '{replacement}'.",
    },
    'zh-repeated-punctuation': {
      repeated: "'{marks}': one mark is enough.",
      'fix.keepOne': "Keep one '{mark}'",
    },
    'zh-space-number': {
      noSpace: "Add a space between '{before}' and '{after}': Chinese text and numbers are set apart.",
      space: "Remove the space between '{before}' and '{after}': this post writes numbers against Chinese text.",
      'fix.addSpace': 'Add a space',
      'fix.removeSpace': 'Remove the space',
    },
    'zh-fullwidth-punctuation': {
      halfwidth: "'{marks}' in a Chinese sentence: write '{replacement}'.",
      'fix.fullwidth': "Replace with '{replacement}'",
    },
    'zh-no-space-fullwidth': {
      space: "No space next to '{mark}': full-width punctuation carries its own space.",
      'fix.removeSpace': 'Remove the space',
    },
    'zh-ellipsis': {
      ellipsis: "'{text}': the Chinese ellipsis is '……'.",
      'fix.ellipsis': "Replace with '……'",
    },
    'zh-sentence-length': {
      long: 'This sentence has {count} Han characters and words (more than {max}); consider splitting it.',
      tooLong: 'This sentence has {count} Han characters and words (more than {max}); split it.',
    },
    'zh-comma-chain': {
      chain: 'This sentence strings {commas} commas over {count} characters and words; end a point with a full stop.',
    },
    'zh-filler': {
      filler: "'{text}' adds no information; delete it or give the number.",
    },
    'zh-empty-verb': {
      emptyVerb: "'{text}': '{host}' hides the verb; write '{verb}' directly.",
    },
    'zh-de-chain': {
      chain: "This sentence has {count} '的' (more than {max}); split the chain of modifiers.",
    },
    'zh-double-negative': {
      double: "'{text}' is a double negative; say the positive.",
    },
    'zh-multiple-misuse': {
      multiple: "'{text}': '{verb}' cannot be a multiple; give a percentage or a fraction.",
    },
    'zh-person-consistency': {
      mixed: "This post says '您' {formal} times and '你' {informal} times; use '{other}' here too.",
    },
    'zh-passive': {
      passive: "'被' makes this sentence passive; name who acts.",
    },
    term: {
      use: "Use '{replacement}' instead of '{text}' (house term).",
      useNote: "Use '{replacement}' instead of '{text}': {note}",
      avoid: "Avoid '{text}' (house term).",
      avoidNote: "Avoid '{text}': {note}",
    },
    'inclusive-language': {
      flagged: "'{text}' may exclude or offend some readers.",
      flaggedConsider: "'{text}' may exclude or offend some readers; consider '{alternatives}'.",
    },
  },
};
