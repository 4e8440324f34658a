/**
 * Word-list rules are data over two generic kinds (see ../kinds.ts). Phrases match whole words, case-insensitively,
 * across any run of spaces/newlines inside a sentence. Every variant a table wants to catch is listed explicitly
 * (inflections included), because guessing inflections produces wrong fixes.
 */

/** EXISTENCE: the phrase is flagged as it is (weasel words, hedges, clichés, condescending words). */
export interface ExistenceEntry {
  /** One or more phrases, e.g. ["low-hanging fruit", "low hanging fruit"]. */
  match: string[];
  /** Extra detail for the message, e.g. "say what the easy win is". */
  note?: string;
  /**
   * Contexts in which the phrase is NOT the problem. Each is a phrase that contains the match, e.g. for "just":
   * ["just now", "just as", "a just cause"]. Matched on the same sentence, case-insensitively.
   */
  except?: string[];
  /** When true the rule offers deleting the phrase as the fix (weasel words). */
  removable?: boolean;
}

/** SUBSTITUTION: the phrase has a simpler or more direct alternative. */
export interface SubstitutionEntry {
  match: string[];
  /** Replacements in order of preference. The first is the fix when `safe` is not false; the rest are suggestions. */
  replace: string[];
  /** False when the replacement needs a human check (changes meaning in some contexts): suggestions only, no fix. */
  safe?: boolean;
  note?: string;
  except?: string[];
}
