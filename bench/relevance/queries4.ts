/**
 * Queries q55–q69 (part 4), typed as a researcher would, judged against EVERY article a01–a86 before
 * any engine ran on them. Each list is complete: an article not listed is judged not relevant.
 * Variants on purpose: Latin digits where pages write number words (الکامپ 28), a synonym pages do
 * not use (اولین for نخستین, خسارت/قطع for زیان/قطعی), spaced and joined half-spaces
 * (باج افزار, برنامه نویسان, دانش بنیان, پیامرسان), one-word queries.
 */
import type { RelevanceQuery } from './types'

export const QUERIES_4: RelevanceQuery[] = [
  {
    id: 'q55', text: 'الکامپ 28', need: 'the 28th Elecomp',
    relevant: {
      a67: { grade: 2, why: 'the 28th Elecomp opens (بیست و هشتمین)' },
      a68: { grade: 2, why: 'AI hall at Elecomp ۱۴۰۴, the 28th (Arabic ك)' },
      a69: { grade: 2, why: 'booth prices for «الکامپ ۲۸»' },
      a39: { grade: 2, why: 'the 28th Elecomp postponed' },
      a70: { grade: 1, why: 'interview mentions the 28th’s postponement' }
    }
  },
  {
    id: 'q56', text: 'هوش مصنوعی در الکامپ', need: 'AI at Elecomp',
    relevant: {
      a68: { grade: 2, why: 'the AI hall at Elecomp 28' },
      a67: { grade: 1, why: 'AI has its own hall for the first time' },
      a70: { grade: 1, why: 'AI the focus of Elecomp today' },
      a01: { grade: 1, why: 'AI sessions at Elecomp 26' },
      a40: { grade: 1, why: 'AI the star of Elecomp today' },
      a44: { grade: 1, why: 'Elecomp 26 winner diagnoses with AI' }
    }
  },
  {
    id: 'q57', text: 'اولین الکامپ ۱۳۷۴', need: 'the first Elecomp (1374)',
    relevant: {
      a70: { grade: 2, why: 'the first Elecomp in 1374 with seventy booths (نخستین)' },
      a40: { grade: 2, why: 'Elecomp since 1374, the first with 70 booths' }
    }
  },
  {
    id: 'q58', text: 'خرید اقساطی اینترنتی', need: 'buy-now-pay-later online',
    relevant: {
      a71: { grade: 2, why: 'Digikala credit purchase in four instalments' },
      a84: { grade: 1, why: 'instalment buying the fastest-growing e-commerce segment' }
    }
  },
  {
    id: 'q59', text: 'عرضه سهام اسنپ بورس', need: 'Snapp’s stock market listing',
    relevant: { a72: { grade: 2, why: 'Snapp plans to list shares on فرابورس' } }
  },
  {
    id: 'q60', text: 'معافیت مالیاتی دانش بنیان', need: 'tax exemption of knowledge-based firms',
    relevant: { a73: { grade: 2, why: 'exemption extended to the end of the 7th plan (دانش~بنیان)' } }
  },
  {
    id: 'q61', text: 'خسارت قطع اینترنت', need: 'what internet cuts cost',
    relevant: {
      a74: { grade: 2, why: 'losses (زیان) of the international internet cut' },
      a43: { grade: 2, why: 'online businesses’ losses from shutdowns (قطعی)' },
      a46: { grade: 1, why: 'losses from internet limits and slowness, not cuts' },
      a86: { grade: 1, why: 'blackouts cut mobile service; small sellers lose sales' }
    }
  },
  {
    id: 'q62', text: 'مهاجرت برنامه نویسان', need: 'emigration of programmers',
    relevant: {
      a77: { grade: 2, why: 'four in ten senior programmers left (برنامه~نویسان)' },
      a26: { grade: 1, why: 'emigration of specialists behind falling startup investment' }
    }
  },
  {
    id: 'q63', text: 'رایانش ابری', need: 'cloud computing',
    relevant: {
      a78: { grade: 2, why: 'domestic cloud market doubles' },
      a56: { grade: 1, why: 'Tabriz data centre to offer hosting and cloud services' }
    }
  },
  {
    id: 'q64', text: 'باج افزار', need: 'ransomware',
    relevant: {
      a79: { grade: 2, why: 'ransomware attack on an insurer (باج~افزاری)' },
      a07: { grade: 2, why: 'bank attack was ransomware (باجافزار joined)' }
    }
  },
  {
    id: 'q65', text: 'آیفون', need: 'iPhones in Iran',
    relevant: { a81: { grade: 2, why: 'iPhone import ban continues' } }
  },
  {
    id: 'q66', text: 'الزام ادارات به پیامرسان داخلی', need: 'state offices required to use domestic messengers',
    relevant: {
      a82: { grade: 2, why: 'circular obliges offices to use domestic messengers (موظف, Arabic ي/ك)' },
      a20: { grade: 1, why: 'schools and government offices moved to Eitaa' },
      a21: { grade: 1, why: 'state support for domestic messengers' }
    }
  },
  {
    id: 'q67', text: 'ریال دیجیتال', need: 'the digital rial',
    relevant: { a83: { grade: 2, why: 'digital rial pilot in Kish' } }
  },
  {
    id: 'q68', text: 'اینترنت پرو', need: 'the Internet Pro service',
    relevant: {
      a85: { grade: 2, why: 'Internet Pro for businesses' },
      a12: { grade: 1, why: 'the earlier special-access plan critics call tiered internet' }
    }
  },
  {
    id: 'q69', text: 'بودجه وزارت ارتباطات ۱۴۰۴', need: 'the ICT ministry’s 1404 budget',
    relevant: { a75: { grade: 2, why: 'ministry budget in the 1404 bill (written 1404)' } }
  }
]
