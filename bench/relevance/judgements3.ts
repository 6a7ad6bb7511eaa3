/**
 * Judgements of the part-3 articles (a47–a66) against every query, written with the articles and
 * before they were run. Queries not named here have no relevant article among a47–a66.
 */
import type { Judgement } from './types'

export const JUDGEMENTS_3: Record<string, Record<string, Judgement>> = {
  q01: { a48: { grade: 2, why: 'tickets for Elecomp ۱۴۰۲, the 26th' } },
  q02: { a47: { grade: 2, why: 'security hall of the 27th Elecomp' } },
  q04: { a55: { grade: 1, why: 'cyber attack on a municipality site and its (small) damage' } },
  q05: {
    a49: { grade: 1, why: 'the filtering committee’s secretary on blocking a platform' },
    a54: { grade: 1, why: 'MPs on criminalising VPN sales under filtering' }
  },
  q06: { a51: { grade: 2, why: 'Digikala layoffs' } },
  q07: { a59: { grade: 2, why: 'guild letter on laptop import orders' } },
  q08: { a57: { grade: 2, why: 'quick-delivery startups raise capital' } },
  q09: { a53: { grade: 2, why: 'the Bale messenger' } },
  q10: { a54: { grade: 2, why: 'bill to criminalise VPN sales' } },
  q14: { a63: { grade: 1, why: 'Iranian software exports signed in Moscow' } },
  q15: { a53: { grade: 1, why: 'Eitaa named among domestic messengers' } },
  q16: { a66: { grade: 1, why: 'Starlink’s popularity behind a national satellite plan' } },
  q17: { a56: { grade: 2, why: 'a data centre built in Tabriz' } },
  q18: { a50: { grade: 2, why: 'internet speed in student dorms' } },
  q19: { a65: { grade: 2, why: 'committee reviews the e-commerce bill' } },
  q20: { a64: { grade: 2, why: 'payment gateways of crypto exchanges closed' } },
  q25: { a59: { grade: 1, why: 'import order delays raise laptop prices' } },
  q29: { a61: { grade: 2, why: 'Shad replaced by a new system' } },
  q32: {
    a51: { grade: 1, why: 'layoffs blamed on internet limits' },
    a49: { grade: 1, why: 'creators lost income when a platform was filtered' }
  },
  q33: { a58: { grade: 2, why: '5G covers Kish' } },
  q34: { a52: { grade: 2, why: 'online shops’ tax registration deadline' } },
  q37: { a62: { grade: 2, why: 'Snapp drivers protest commission' } },
  q38: {
    a47: { grade: 2, why: 'Elecomp 27 security hall' },
    a48: { grade: 2, why: 'Elecomp 26 tickets' },
    a60: { grade: 2, why: 'Elecomp 25 closes' }
  },
  q41: { a52: { grade: 1, why: 'tax on online shops in general' } },
  q43: { a52: { grade: 1, why: 'Instagram sellers must register for tax (no filtering)' } },
  q44: { a60: { grade: 1, why: 'first separate startup hall at Elecomp 25' } },
  q45: { a59: { grade: 1, why: 'laptops and parts' } },
  q46: { a54: { grade: 1, why: 'criminalising sales would raise VPN prices for users' } },
  q49: { a62: { grade: 1, why: 'drivers and commission, but at Snapp' } },
  q53: { a48: { grade: 1, why: 'the 26th Elecomp itself' } },
  q54: { a47: { grade: 1, why: 'security products bought by banks' } }
}
