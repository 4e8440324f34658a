import type { ExistenceEntry } from './types';

/**
 * `weasel-word`: intensifiers that add emphasis but no information. The fix deletes the word, so every `except`
 * lists the contexts where deleting it would change the meaning ("not quite", "quite a few", "the very first",
 * "rather than") or where the word is part of a technical term ("absolutely positioned", "completely fair").
 */
/** Deleting an intensifier after a negation changes the claim: "not very hard" is not "not hard". */
function negated(word: string): string[] {
  return ['not', "isn't", "wasn't", "aren't", "weren't", 'never', "don't", "doesn't", "didn't"].map((n) => `${n} ${word}`);
}

export const weaselWords: readonly ExistenceEntry[] = [
  { match: ['very'], removable: true,
    except: [...negated('very'), 'the very', 'this very', 'that very', 'very well', 'very much', 'very few', 'very little', 'very own'] },
  { match: ['really'], removable: true,
    except: [...negated('really'), 'not really', "don't really", "doesn't really", "didn't really", 'never really',
      "isn't really", "aren't really", "wasn't really", "won't really"] },
  { match: ['quite'], removable: true,
    except: [...negated('quite'), 'quite a few', 'quite a bit', 'quite a lot', 'quite a while', 'not quite', 'quite some'] },
  { match: ['extremely'], removable: true, except: negated('extremely') },
  { match: ['extraordinarily'], removable: true, except: negated('extraordinarily') },
  { match: ['exceedingly'], removable: true, except: negated('exceedingly') },
  { match: ['incredibly'], removable: true, except: negated('incredibly') },
  { match: ['remarkably'], removable: true, except: negated('remarkably') },
  { match: ['truly'], removable: true, except: [...negated('truly'), 'yours truly'] },
  { match: ['totally'], removable: true, except: [...negated('totally'), 'totally ordered', 'totally order'] },
  { match: ['completely'], removable: true,
    except: [...negated('completely'), 'completely fair', 'not completely'] },
  { match: ['absolutely'], removable: true,
    except: [...negated('absolutely'), 'absolutely positioned', 'absolutely position', 'absolutely continuous', 'absolutely convergent'] },
  { match: ['utterly'], removable: true, except: negated('utterly') },
  { match: ['basically'], removable: true },
  // "essentially all" means almost all: flag it, but deleting it would change the claim.
  { match: ['essentially'] },
  { match: ['literally'], removable: true, except: negated('literally') },
  { match: ['fairly'], removable: true,
    except: ['treat fairly', 'treated fairly', 'treats fairly', 'treating fairly', 'fairly and', 'distributed fairly',
      'shared fairly', 'scheduled fairly', 'judged fairly'] },
  { match: ['rather'], removable: true,
    except: ['rather than', 'would rather', "I'd rather", "we'd rather", "you'd rather", "they'd rather", 'or rather', 'rather not'] },
  { match: ['pretty'], removable: true,
    except: [...negated('pretty'), 'a pretty', 'the pretty', 'pretty print', 'pretty printed', 'pretty printing', 'pretty printer', 'pretty much'] },
  { match: ['awfully'], removable: true, except: negated('awfully') },
  { match: ['terribly'], removable: true, except: [...negated('terribly'), 'terribly wrong'] },
  { match: ['hugely'], removable: true, except: negated('hugely') },
  { match: ['insanely'], removable: true },
  { match: ['ridiculously'], removable: true },
  { match: ['tremendously'], removable: true, except: negated('tremendously') },
  { match: ['enormously'], removable: true, except: negated('enormously') },
  { match: ['exceptionally'], removable: true, except: negated('exceptionally') },
  { match: ['super'], removable: true,
    except: [...negated('super'), 'super class', 'super user', 'super key', 'super bowl', 'super mario',
      'super nintendo', 'super tuesday', 'super admin', 'call super', 'calls super', 'calling super'] },
  { match: ['definitely'], removable: true, except: negated('definitely') },
  { match: ['undoubtedly'], removable: true },
  // Sentence adverbs that announce a fact as remarkable instead of letting the reader judge it; no fix (the comma stays).
  { match: ['interestingly', 'surprisingly'], except: negated('surprisingly') },
  { match: ['unquestionably'], removable: true },
];
