import type { ExistenceEntry } from './types';

/**
 * `hedge`: words that make a claim weaker than the writer believes it to be. One hedge where it is honest is fine;
 * the rule is informational and the writer decides. Nothing here has an automatic fix: removing a hedge changes what
 * the sentence claims.
 *
 * "sort of" and "kind of" are hedges only as adverbs ("it's kind of slow"), not as nouns ("this kind of bug"), so
 * every determiner that makes them nouns is an exception.
 */
const NOUN_KIND = ['a', 'the', 'this', 'that', 'these', 'those', 'what', 'which', 'any', 'some', 'every', 'each', 'one',
  'no', 'same', 'other', 'another', 'different', 'new', 'first', 'only', 'right', 'wrong', 'certain', 'similar',
  'particular', 'specific', 'whatever', 'our', 'your', 'my', 'its', 'their', 'his', 'her', 'special', 'common'];

export const hedges: readonly ExistenceEntry[] = [
  // "I feel" hedges a claim only before one ("I feel that", "I feel like"); "I feel welcome" is a feeling.
  { match: ['I think', 'I believe', 'I feel that', 'I feel like', 'I guess', 'I suppose', 'I suspect', "I'd say", 'I would say',
    'I would argue'], except: ['what I think', 'I think so', 'I believe in'] },
  { match: ['in my opinion', 'in my humble opinion', 'in my view', 'IMHO', 'IMO'] },
  { match: ['perhaps'] },
  { match: ['maybe'], except: ['the maybe', 'a maybe'] },
  { match: ['probably'] },
  // "as good as it can possibly be" intensifies.
  { match: ['possibly'], except: ['can possibly', 'could possibly be'] },
  { match: ['presumably'] },
  { match: ['apparently'] },
  { match: ['arguably'] },
  { match: ['seemingly'] },
  { match: ['supposedly'] },
  { match: ['conceivably'] },
  { match: ['it seems', 'it would seem', 'it appears', 'it would appear', 'it looks like'] },
  { match: ['sort of'], except: [...NOUN_KIND.map((w) => `${w} sort of`), 'sort of thing'] },
  { match: ['kind of'], except: [...NOUN_KIND.map((w) => `${w} kind of`), 'kind of thing'] },
  { match: ['more or less'] },
  { match: ['to some extent', 'to a certain extent', 'to some degree', 'to a certain degree'] },
  { match: ['it could be argued', 'it can be argued', 'one could argue', 'some would say'] },
  { match: ["I'm not sure", 'I am not sure'] },
  { match: ['as far as I know', 'as far as I can tell', 'if I am not mistaken', "if I'm not mistaken", 'AFAIK'] },
  { match: ['somewhat'] },
  { match: ['allegedly'] },
  { match: ['reportedly'] },
  { match: ['so to speak', 'as it were'] },
  { match: ['in a sense', 'in a way', 'in some ways', 'in a manner of speaking'], except: ['in a way that', 'in a way which', 'in a way to', 'in a way similar', 'in a way where', 'in a way we', 'in a way you'] },
  { match: ['I reckon', 'I imagine', 'I assume', 'I would think', "I'd think", 'I tend to think'] },
  { match: ['it is possible that', "it's possible that", 'there is a chance that', "there's a chance that"] },
  { match: ['could possibly', 'might possibly', 'may possibly', 'could potentially', 'might potentially', 'may potentially'] },
  { match: ['up to a point'] },
  { match: ['relatively'], except: ['relatively prime', 'relatively to'] },
  // A subject that "seems to" or "appears to" do something is a claim the writer will not make.
  { match: ['seems to', 'seem to', 'seemed to', 'appears to', 'appear to', 'appeared to'], except: ['it seems to', 'it appears to'] },
  // "likely" as the writer's estimate ("this is likely a bug"); a comparison is a measure ("more likely to fail").
  { match: ['likely', 'unlikely'], except: ['more likely', 'less likely', 'as likely', 'equally likely', 'more unlikely',
    'least likely', 'likely candidate', 'likely candidates', 'especially likely', 'particularly likely'] },
  { match: ['hopefully'] },
];
