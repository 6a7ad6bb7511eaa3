/**
 * Judgements of the part-4 articles (a67–a86) against the earlier queries q01–q54, written with the
 * articles and before any engine ran on them. Queries not named here have no relevant article among
 * a67–a86. (The new queries q55–q69 carry their own complete lists in queries4.ts.)
 */
import type { Judgement } from './types'

export const JUDGEMENTS_4: Record<string, Record<string, Judgement>> = {
  q03: { a69: { grade: 2, why: 'booth prices and registration deadline for Elecomp 28 (ثبت نام spaced)' } },
  q04: { a79: { grade: 1, why: 'ransomware attack on an insurer; data stolen, damage not quantified' } },
  q05: {
    a76: { grade: 1, why: 'MPs’ protection bill would widen filtering; a commission member defends it' },
    a85: { grade: 1, why: 'ministry: Internet Pro is no substitute for lifting filtering' }
  },
  q06: { a71: { grade: 2, why: 'Digikala credit purchases (written دیجیکالا)' } },
  q07: { a69: { grade: 1, why: 'guild members say small firms cannot afford Elecomp 28 booths' } },
  q09: { a82: { grade: 2, why: 'government offices must use domestic messengers (Arabic ي/ك, پيام~رسان)' } },
  q11: { a85: { grade: 2, why: 'Internet Pro, called tiered internet (اینترنت طبقاتی) by critics' } },
  q12: { a85: { grade: 1, why: 'Internet Pro packages priced about three times normal ones' } },
  q13: {
    a74: { grade: 1, why: 'the national information network kept basic services up during the cut' },
    a75: { grade: 1, why: 'most of the ministry budget goes to the national information network' }
  },
  q15: { a82: { grade: 1, why: 'Eitaa among the messengers offices must use' } },
  q17: { a78: { grade: 1, why: 'data must be kept in domestic data centres; cloud demand' } },
  q18: { a77: { grade: 1, why: 'slow internet (کندی) among the causes of programmers leaving' } },
  q23: {
    a68: { grade: 2, why: 'AI hall at Elecomp: Persian language models, face recognition' },
    a67: { grade: 1, why: 'AI gets its own hall at Elecomp 28' },
    a70: { grade: 1, why: 'AI the focus of Elecomp today' },
    a75: { grade: 1, why: 'AI’s small share in the ICT budget' }
  },
  q26: { a81: { grade: 1, why: 'smuggled and travellers’ iPhones registered in Hamta' } },
  q31: { a79: { grade: 2, why: 'two million insurance customers’ data held by hackers' } },
  q32: {
    a74: { grade: 2, why: 'online businesses’ losses (زیان) from the international internet cut' },
    a86: { grade: 1, why: 'small businesses’ sales fall to zero when blackouts cut mobile service' }
  },
  q37: { a72: { grade: 1, why: 'Snapp’s ride-hailing unit first in its stock offering' } },
  q38: {
    a67: { grade: 2, why: 'Elecomp 28 opens' },
    a68: { grade: 2, why: 'AI hall at Elecomp ۱۴۰۴ (Arabic ك: الكامپ)' },
    a69: { grade: 2, why: 'Elecomp 28 booth prices' },
    a70: { grade: 2, why: 'thirty years of Elecomp, an interview' }
  },
  q39: { a70: { grade: 2, why: 'Elecomp from 1374 to now' } },
  q44: {
    a68: { grade: 1, why: 'startups among the AI hall’s exhibitors' },
    a69: { grade: 1, why: 'startups get a booth discount at Elecomp 28' },
    a70: { grade: 1, why: 'startups the focus of Elecomp today' }
  },
  q45: { a70: { grade: 1, why: 'PCs at the first Elecomp' } },
  q47: { a74: { grade: 2, why: 'international internet cut while only domestic platforms worked' } },
  q51: { a68: { grade: 1, why: 'AI firms buy GPUs at double price because of sanctions (Arabic ي/ك)' } },
  q54: { a79: { grade: 1, why: 'insurer says customers’ financial data safe after a breach' } }
}
