import type { ExistenceEntry } from './types';

/**
 * `condescending`: words that tell readers a step is easy or a fact is obvious. When it is not easy for them, the word
 * makes them feel slow; when it is, the word adds nothing.
 *
 * "just" is the hard one: only "just" meaning "merely" ("just add a flag") is flagged. "just" meaning fair
 * ("a just cause"), recently ("I have just shipped", "just now"), exactly ("just as", "just like", "just enough") or
 * barely ("just over 10%", "just before") is an exception. Negations ("not easy", "non-trivial") are fine too.
 */
export const condescendingWords: readonly ExistenceEntry[] = [
  { match: ['simply'], except: ['not simply', 'quite simply', 'put simply', 'simply put', 'simply because'] },
  {
    match: ['just'],
    except: [
      // fair, right
      'a just', 'the just', 'more just', 'most just', 'fair and just', 'just and fair', 'just cause', 'just war',
      'just society', 'just world', 'just transition', 'just deserts',
      // recently, at this moment
      'just now', 'has just', 'have just', 'had just', "I've just", "we've just", "you've just", "they've just", 'was just released',
      'were just released', 'just released', 'just announced', 'just shipped', 'just launched', 'just published',
      'just landed', 'just arrived', 'just started', 'just finished', 'just got back', 'just then', 'only just',
      'just saw', 'just seen', 'just looked at', 'just mentioned', 'just described', 'just discussed', 'just covered',
      'just wrote', 'just written', 'just built', 'just created', 'just recently', 'just yet',
      // exactly, barely
      'just as', 'just like', 'just before', 'just after', 'just in time', 'just in case', 'just enough',
      'just below', 'just above', 'just under', 'just over', 'just about', 'just the same', 'just so', 'just right',
      'just what', 'just how', 'just when', 'just where', 'just the way', 'just the right', 'just outside',
      'just inside', 'just beyond', 'just shy of', 'just short of', 'just barely', 'just such', 'just once',
      // only, merely a quantity: "just a couple of", "just the tip", "more than just"; starting out; "just works"
      'just a couple', 'just a few', 'just a handful', 'just one', 'just two', 'just three', 'just the tip', 'than just',
      'just getting started', 'just starting', 'just get started', 'just work', 'just works', 'just worked',
      // "just because it compiles…" argues, it does not belittle
      'just because',
      // not condescending when negated or contrasted
      'not just', "isn't just", "aren't just", "wasn't just", 'is not just', 'are not just',
    ],
  },
  { match: ['merely'], except: ['not merely'] },
  { match: ['obviously'], except: ['not obviously', 'less obviously'] },
  { match: ['obvious'],
    except: ['not obvious', "isn't obvious", "wasn't obvious", "aren't obvious",
      'less obvious', 'not always obvious', 'not immediately obvious', 'never obvious', 'far from obvious',
      'not very obvious', 'not so obvious', 'not that obvious', 'obvious in hindsight', 'more obvious',
      'least obvious', 'not be obvious', 'may not be obvious', 'might not be obvious'] },
  { match: ['clearly'],
    except: ['not clearly', 'clearly defined', 'clearly define', 'clearly written', 'clearly write', 'write clearly',
      'writes clearly', 'written clearly', 'explain clearly', 'explained clearly', 'explains clearly',
      'clearly explain', 'clearly explains', 'clearly explained', 'speak clearly', 'think clearly', 'see clearly',
      'communicate clearly', 'clearly communicate', 'clearly visible', 'clearly labeled', 'clearly labelled',
      'clearly marked', 'clearly separated', 'clearly documented', 'clearly state', 'clearly states',
      'clearly stated', 'more clearly', 'less clearly', 'most clearly', 'very clearly', 'as clearly'] },
  { match: ['of course'], except: ['course of course'] },
  { match: ['easy'],
    except: ['not easy', 'not an easy', "isn't easy", "wasn't easy", "aren't easy", "weren't easy", 'not always easy',
      'not very easy', 'not so easy', 'not that easy', 'not as easy', 'no easy', 'never easy', 'far from easy',
      'nothing easy', 'hardly easy', 'is not easy', 'was not easy', 'easy to miss', 'easy to forget',
      'easy to overlook', 'easy to get wrong', 'easy to break', 'easy to misuse', 'easy to misread',
      'easy to confuse', 'easy to lose', 'easy mistake', 'easy way out', 'for easy reference', 'rest easy',
      'make it easy', 'makes it easy', 'made it easy', 'making it easy'] },
  { match: ['easily'],
    except: ['not easily', "can't easily", 'cannot easily', "couldn't easily", 'could not easily', "won't easily",
      'not be easily', 'not always easily', 'too easily', 'more easily', 'easily missed', 'easily overlooked', 'easily forgotten',
      'easily confused', 'easily be missed', 'easily be overlooked'] },
  { match: ['trivial'], except: ['not trivial', "isn't trivial", 'far from trivial',
    'anything but trivial', 'less trivial', 'not so trivial', 'not entirely trivial'] },
  { match: ['trivially'], except: ['not trivially'] },
  { match: ['straightforward'],
    except: ['not straightforward', "isn't straightforward", "wasn't straightforward", "aren't straightforward",
      'not always straightforward', 'not entirely straightforward', 'less straightforward', 'far from straightforward',
      'not as straightforward', 'not so straightforward', 'not that straightforward', 'more straightforward',
      'not very straightforward', 'not quite straightforward'] },
  { match: ['naturally'], except: ['naturally occurring', 'naturally occur', 'occur naturally', 'occurs naturally',
    'comes naturally', 'come naturally', 'came naturally'] },
  { match: ['everyone knows', 'everybody knows', 'as everyone knows', 'as we all know', 'as you know',
    'as you all know', 'you already know', 'any fool can', 'any idiot can'] },
  { match: ['all you have to do', 'all you need to do', 'all you need is'] },
  { match: ['needless to say', 'it goes without saying'] },
  { match: ['effortless', 'effortlessly', 'painless', 'painlessly'], except: ['not effortless', 'not painless'] },
];
