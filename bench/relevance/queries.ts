/**
 * Queries and relevance judgements for the articles in articles1.ts/articles2.ts, written (with the
 * reasons) before any engine was run on them. An article not listed under a query is judged not
 * relevant to it.
 */
import type { RelevanceQuery } from './types'

export const QUERIES: RelevanceQuery[] = [
  {
    id: 'q01', text: 'الکامپ ۲۶', need: 'the 26th Elecomp',
    relevant: {
      a01: { grade: 2, why: 'opening of the 26th Elecomp, written «بیست و ششمین»' },
      a44: { grade: 2, why: 'startup awards at «الکامپ ۲۶» / ۱۴۰۲' }
    }
  },
  {
    id: 'q02', text: 'بیست و هفتمین الکامپ', need: 'the 27th Elecomp',
    relevant: {
      a02: { grade: 2, why: 'booth registration for «الکامپ ۲۷»' },
      a03: { grade: 2, why: 'closing figures of the 27th Elecomp (۱۴۰۳)' },
      a04: { grade: 2, why: 'startup hall of «الکامپ ۲۷»' }
    }
  },
  {
    id: 'q03', text: 'ثبت نام غرفه الکامپ', need: 'how exhibitors sign up for Elecomp booths',
    relevant: {
      a02: { grade: 2, why: 'registration deadline and booth prices for Elecomp 27 (written ثبتنام)' },
      a39: { grade: 1, why: 'registered Elecomp 28 exhibitors need not register again' },
      a06: { grade: 1, why: 'guild members on booth prices at the exhibition' }
    }
  },
  {
    id: 'q04', text: 'خسارت حمله سایبری', need: 'damage done by cyber attacks',
    relevant: {
      a08: { grade: 2, why: 'damage of the cyber attack on the fuel system' },
      a07: { grade: 2, why: 'losses (زیان) of a cyber attack on a bank' },
      a38: { grade: 1, why: 'data leak after a cyber attack on a contractor' }
    }
  },
  {
    id: 'q05', text: 'مسئولان فیلترینگ', need: 'what officials say about filtering',
    relevant: {
      a09: { grade: 2, why: 'officials: Instagram stays filtered' },
      a10: { grade: 2, why: 'officials (spelled مسوولان) and VPN sales under filtering' },
      a46: { grade: 1, why: 'ministry officials say filtering is not their decision' }
    }
  },
  {
    id: 'q06', text: 'دیجی کالا', need: 'news about Digikala',
    relevant: {
      a15: { grade: 2, why: 'Digikala tax case' },
      a16: { grade: 2, why: 'Digikala annual sales (written دیجیکالا)' }
    }
  },
  {
    id: 'q07', text: 'سازمان نظام صنفی رایانه ای', need: 'the computer guild organisation',
    relevant: {
      a05: { grade: 2, why: 'guild board election' },
      a06: { grade: 2, why: 'guild members complain about booth prices (رایانهای joined)' },
      a30: { grade: 1, why: 'guild asks to lift import limits on computer parts' },
      a44: { grade: 1, why: 'guild head speaks at Elecomp 26 awards' }
    }
  },
  {
    id: 'q08', text: 'سرمایه گذاری استارت آپ', need: 'investment in startups',
    relevant: {
      a26: { grade: 2, why: 'venture investment in startups halved' },
      a04: { grade: 1, why: 'startups meet venture funds at Elecomp' }
    }
  },
  {
    id: 'q09', text: 'پیام رسان داخلی', need: 'domestic messengers',
    relevant: {
      a20: { grade: 2, why: 'Eitaa passes 20 million users' },
      a21: { grade: 2, why: 'state support for domestic messengers (پیامرسانهای joined)' },
      a22: { grade: 1, why: 'MPs oppose WhatsApp unblocking as against domestic messengers' }
    }
  },
  {
    id: 'q10', text: 'فروش فیلترشکن', need: 'the VPN market',
    relevant: {
      a10: { grade: 2, why: 'open VPN sales, prices' },
      a11: { grade: 2, why: 'household spending on VPNs' },
      a46: { grade: 1, why: 'buying VPNs counted in the cost of filtering' }
    }
  },
  {
    id: 'q11', text: 'اینترنت طبقاتی', need: 'tiered internet access',
    relevant: { a12: { grade: 2, why: 'the tiered internet plan' } }
  },
  {
    id: 'q12', text: 'قیمت اینترنت', need: 'internet prices',
    relevant: { a14: { grade: 2, why: 'operators raise data package prices' } }
  },
  {
    id: 'q13', text: 'شبکه ملی اطلاعات', need: 'the national information network',
    relevant: { a23: { grade: 2, why: 'progress of the national information network' } }
  },
  {
    id: 'q14', text: 'صادرات دانش بنیان', need: 'exports of knowledge-based firms',
    relevant: {
      a25: { grade: 2, why: 'exports of knowledge-based firms (دانشبنیان joined)' },
      a32: { grade: 1, why: 'knowledge-based firms selling at GITEX' }
    }
  },
  {
    id: 'q15', text: 'ایتا', need: 'the Eitaa messenger',
    relevant: {
      a20: { grade: 2, why: 'Eitaa users' },
      a21: { grade: 1, why: 'Eitaa among the supported messengers' }
    }
  },
  {
    id: 'q16', text: 'استارلینک', need: 'Starlink in Iran',
    relevant: { a28: { grade: 2, why: 'black market of Starlink terminals' } }
  },
  {
    id: 'q17', text: 'مرکز داده', need: 'data centres',
    relevant: {
      a24: { grade: 2, why: 'fire in a data centre' },
      a23: { grade: 1, why: 'data centres as part of the national network' },
      a29: { grade: 1, why: 'AI plan foresees processing data centres' },
      a21: { grade: 1, why: 'messengers hosted in a state data centre' }
    }
  },
  {
    id: 'q18', text: 'سرعت اینترنت', need: 'internet speed',
    relevant: {
      a13: { grade: 2, why: 'Iran falls in fixed internet speed ranking' },
      a22: { grade: 1, why: 'WhatsApp back but speed still low' },
      a46: { grade: 1, why: 'slow internet (کندی) as a cause of losses' },
      a11: { grade: 1, why: 'slower internet pushes users to buy several VPNs' }
    }
  },
  {
    id: 'q19', text: 'قانون تجارت الکترونیک', need: 'the e-commerce law',
    relevant: { a18: { grade: 2, why: 'amendment of the e-commerce law (الکترونیکی)' } }
  },
  {
    id: 'q20', text: 'درگاه پرداخت', need: 'payment gateways',
    relevant: { a34: { grade: 2, why: 'Shaparak blocks 200 payment gateways' } }
  },
  {
    id: 'q21', text: 'استخراج رمزارز برق', need: 'crypto mining and electricity',
    relevant: { a27: { grade: 2, why: 'illegal miners use 2,000 MW' } }
  },
  {
    id: 'q22', text: 'جیتکس', need: 'GITEX',
    relevant: { a32: { grade: 2, why: 'Iranian pavilion at GITEX Dubai' } }
  },
  {
    id: 'q23', text: 'هوش مصنوعی', need: 'artificial intelligence',
    relevant: {
      a29: { grade: 2, why: 'national AI document' },
      a44: { grade: 1, why: 'winning startup uses AI for diagnosis' },
      a01: { grade: 1, why: 'AI sessions at Elecomp 26' },
      a32: { grade: 1, why: 'AI products at GITEX' },
      a40: { grade: 1, why: 'AI the star of Elecomp today' }
    }
  },
  {
    id: 'q24', text: 'کمیسیون اسنپ فود', need: 'Snappfood commission',
    relevant: { a17: { grade: 2, why: 'restaurants complain of Snappfood commission' } }
  },
  {
    id: 'q25', text: 'قیمت کامپیوتر', need: 'computer prices',
    relevant: { a30: { grade: 2, why: 'laptop and computer prices up 30%' } }
  },
  {
    id: 'q26', text: 'رجیستری گوشی', need: 'phone registry',
    relevant: { a31: { grade: 2, why: 'registry duties for travellers’ phones' } }
  },
  {
    id: 'q27', text: 'نمایشگاه تلکام', need: 'the Telecom exhibition',
    relevant: { a33: { grade: 2, why: 'Telecom exhibition opens' } }
  },
  {
    id: 'q28', text: 'بیمه رانندگان اسنپ', need: 'insurance for Snapp drivers',
    relevant: { a35: { grade: 2, why: 'insurance for Snapp and Tapsi drivers passed' } }
  },
  {
    id: 'q29', text: 'شاد دانش آموزان', need: 'the Shad school network',
    relevant: { a36: { grade: 2, why: 'Shad outage keeps pupils out of classes' } }
  },
  {
    id: 'q30', text: 'بازیهای رایانه ای', need: 'computer games',
    relevant: {
      a37: { grade: 2, why: 'the Iranian games market' },
      a45: { grade: 1, why: 'esports team wins computer football' },
      a32: { grade: 1, why: 'computer games shown at GITEX' }
    }
  },
  {
    id: 'q31', text: 'نشت اطلاعات کاربران', need: 'user data leaks',
    relevant: {
      a38: { grade: 2, why: 'leak of an online shop’s customer data' },
      a07: { grade: 1, why: 'bank attack raises questions on customer data' }
    }
  },
  {
    id: 'q32', text: 'زیان قطعی اینترنت کسب و کار', need: 'business losses from internet shutdowns',
    relevant: {
      a43: { grade: 2, why: 'online businesses’ losses from shutdowns' },
      a46: { grade: 2, why: 'chamber of commerce estimates losses from internet limits' },
      a09: { grade: 1, why: 'sellers lost income after Instagram was filtered' }
    }
  },
  {
    id: 'q33', text: 'نسل پنجم', need: '5G',
    relevant: {
      a41: { grade: 2, why: '5G reaches 100 cities' },
      a33: { grade: 1, why: '5G services shown at Telecom' },
      a14: { grade: 1, why: '5G rollout cited for price rise' }
    }
  },
  {
    id: 'q34', text: 'مالیات فروشگاه اینترنتی', need: 'tax on online shops',
    relevant: {
      a19: { grade: 2, why: 'online sellers must register for tax' },
      a15: { grade: 2, why: 'Digikala VAT dispute' }
    }
  },
  {
    id: 'q35', text: 'سامانه سوخت', need: 'the fuel card system',
    relevant: { a08: { grade: 2, why: 'cyber attack on the fuel system' } }
  },
  {
    id: 'q36', text: 'رفع فیلتر واتساپ', need: 'WhatsApp unblocking',
    relevant: {
      a22: { grade: 2, why: 'WhatsApp unblocked (written واتس‌اپ)' },
      a20: { grade: 1, why: 'messenger growth attributed to WhatsApp being filtered' }
    }
  },
  {
    id: 'q37', text: 'تاکسی اینترنتی', need: 'ride hailing',
    relevant: {
      a42: { grade: 2, why: 'market shares of ride-hailing apps' },
      a35: { grade: 2, why: 'insurance for ride-hailing drivers' }
    }
  },
  {
    id: 'q38', text: 'نمایشگاه الکامپ', need: 'anything on Elecomp',
    relevant: {
      a01: { grade: 2, why: 'Elecomp 26 opens' },
      a02: { grade: 2, why: 'Elecomp 27 registration' },
      a03: { grade: 2, why: 'Elecomp 27 closes' },
      a04: { grade: 2, why: 'Elecomp 27 startup hall' },
      a39: { grade: 2, why: 'Elecomp 28 postponed' },
      a40: { grade: 2, why: 'Elecomp history' },
      a44: { grade: 2, why: 'Elecomp 26 awards' },
      a05: { grade: 1, why: 'the guild that runs Elecomp' },
      a06: { grade: 1, why: 'booth prices at the guild’s exhibition' }
    }
  },
  {
    id: 'q39', text: 'تاریخچه الکامپ', need: 'history of Elecomp',
    relevant: { a40: { grade: 2, why: 'Elecomp since 1374' } }
  },
  // q40–q54: a second batch, longer and variant-spelled queries, written and judged before they
  // were run (after the first 39 had been run once; no judgement above was changed).
  {
    id: 'q40', text: 'حمله سایبری بانک', need: 'cyber attacks on banks',
    relevant: { a07: { grade: 2, why: 'ransomware attack on a private bank' } }
  },
  {
    id: 'q41', text: 'مالیات دیجی کالا', need: 'Digikala and tax',
    relevant: {
      a15: { grade: 2, why: 'Digikala VAT case in court' },
      a19: { grade: 1, why: 'tax on online shops in general' }
    }
  },
  {
    id: 'q42', text: 'اعتراض رستوران ها به اسنپ فود', need: 'restaurants against Snappfood',
    relevant: { a17: { grade: 2, why: 'restaurant owners complain of commission' } }
  },
  {
    id: 'q43', text: 'فروشندگان اینستاگرامی فیلترینگ', need: 'Instagram sellers and filtering',
    relevant: {
      a19: { grade: 2, why: 'Instagram sellers hit by filtering, now taxed' },
      a43: { grade: 2, why: 'Instagram sellers lost their work in the shutdown' },
      a09: { grade: 2, why: 'small sellers lost income when Instagram was filtered' }
    }
  },
  {
    id: 'q44', text: 'استارتاپها الکامپ', need: 'startups at Elecomp',
    relevant: {
      a04: { grade: 2, why: 'startup hall of Elecomp 27' },
      a44: { grade: 2, why: 'startup awards at Elecomp 26' },
      a02: { grade: 1, why: 'startups get a booth discount' },
      a40: { grade: 1, why: 'startups are the stars of Elecomp today' }
    }
  },
  {
    id: 'q45', text: 'كامپيوتر', need: 'computers (typed with Arabic letters)',
    relevant: {
      a30: { grade: 2, why: 'computer prices' },
      a40: { grade: 1, why: 'PCs at the first Elecomps' }
    }
  },
  {
    id: 'q46', text: 'هزینه فیلترشکن کاربران', need: 'what users pay for VPNs',
    relevant: {
      a11: { grade: 2, why: 'household spending on VPNs' },
      a10: { grade: 2, why: 'monthly VPN prices and yearly total' },
      a46: { grade: 1, why: 'VPN costs in the losses from filtering' }
    }
  },
  {
    id: 'q47', text: 'قطع اینترنت بین المللی شبکه ملی', need: 'fear the national network allows cutting the global internet',
    relevant: {
      a23: { grade: 2, why: 'critics fear the national network enables a cut-off' },
      a43: { grade: 1, why: 'losses from an internet shutdown' }
    }
  },
  {
    id: 'q48', text: 'ماینر غیرمجاز', need: 'illegal crypto miners',
    relevant: { a27: { grade: 2, why: 'illegal miners seized' } }
  },
  {
    id: 'q49', text: 'کمیسیون رانندگان تپسی', need: 'Tapsi and driver commission',
    relevant: {
      a42: { grade: 2, why: 'Tapsi cuts driver commission to win share' },
      a35: { grade: 2, why: 'Tapsi pays insurance out of its commission' }
    }
  },
  {
    id: 'q50', text: 'نمایشگاه فناوری دبی', need: 'the tech exhibition in Dubai',
    relevant: { a32: { grade: 2, why: 'GITEX Dubai' } }
  },
  {
    id: 'q51', text: 'تحریم پردازنده گرافیکی', need: 'GPU sanctions',
    relevant: { a29: { grade: 2, why: 'GPUs hard to get under sanctions' } }
  },
  {
    id: 'q52', text: 'رشد فروش دیجیکالا', need: 'Digikala sales growth',
    relevant: {
      a16: { grade: 2, why: 'Digikala sales up 40%' },
      a15: { grade: 1, why: 'Digikala sales and tax' }
    }
  },
  {
    id: 'q53', text: 'بیست و ششمین دوره الکامپ برندگان', need: 'winners at the 26th Elecomp',
    relevant: {
      a44: { grade: 2, why: 'startup winners at Elecomp 26' },
      a01: { grade: 1, why: 'the 26th Elecomp itself' }
    }
  },
  {
    id: 'q54', text: 'امنیت اطلاعات مشتریان بانک', need: 'security of bank customers’ data',
    relevant: {
      a07: { grade: 2, why: 'bank attack and customers’ data' },
      a24: { grade: 1, why: 'data centre fire; customers’ backups safe' },
      a38: { grade: 1, why: 'shop leak; customers’ bank cards not exposed' }
    }
  }
]
