/**
 * Small word lists the analyser and restoreZwnj share. Written with ZWNJ where standard spelling
 * has one; the analyser folds them to search keys.
 */

/** Compounds whose parts are often typed with a space, without the ZWNJ, or with it. */
export const COMPOUNDS: readonly string[] = [
  'کسب‌وکار', 'گفت‌وگو', 'جست‌وجو', 'رفت‌وآمد', 'حمل‌ونقل', 'نقل‌وانتقال', 'خرید‌وفروش',
  'ساخت‌وساز', 'پرس‌وجو', 'شست‌وشو', 'داد‌وستد', 'زد‌وخورد', 'گفت‌وشنود',
  'بین‌المللی', 'بین‌الملل', 'آسیب‌دیده', 'آسیب‌پذیر', 'آسیب‌پذیری', 'راه‌اندازی', 'اندازه‌گیری',
  'به‌صورت', 'به‌عنوان', 'به‌طور', 'به‌ویژه', 'به‌روز', 'به‌روزرسانی', 'دانش‌بنیان',
  'تصمیم‌گیری', 'پیش‌بینی', 'هم‌زمان', 'نرم‌افزار', 'سخت‌افزار', 'سیاست‌گذاری', 'قانون‌گذاری',
  'تنظیم‌گری', 'سرمایه‌گذاری', 'بهره‌برداری', 'بهره‌وری', 'نشان‌دهنده', 'خدمات‌رسانی',
  'پیام‌رسان', 'اطلاع‌رسانی',
  // Brand and loan compounds the lexicon does not list, typed spaced or joined.
  'دیجی‌کالا', 'استارت‌آپ', 'اسنپ‌فود', 'تپسی‌کار'
]

/** Tokens that, after a space, are really an inflection of the previous word. */
export const SUFFIX_TOKENS: ReadonlySet<string> = new Set([
  'ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'تر', 'ترین', 'تری'
])

/** Verb prefixes that belong to the next word (می‌شود, نمی‌شود). */
export const VERB_PREFIXES: ReadonlySet<string> = new Set(['می', 'نمی'])

/**
 * Second halves that never stand alone as words today, so a word typed before one with a space is
 * always one compound: «باج افزار», «جاسوس افزار» (new coinages the word list does not have yet).
 */
export const BOUND_TAILS: ReadonlySet<string> = new Set(['افزار'])

/** Words the stemmer leaves alone: they only look inflected. Search-key spelling (آ folded to ا). */
export const PROTECTED_WORDS: ReadonlySet<string> = new Set([
  // ...ها
  'تنها', 'انتها', 'اشتها', 'اژدها', 'منتها', 'فقها', 'بها', 'رها',
  // ...تر
  'دختر', 'دفتر', 'کبوتر', 'بستر', 'چتر', 'اختر', 'شتر', 'استر', 'پوستر', 'تیاتر', 'اکستر', 'کلاستر',
  'بیشتر', 'کمتر', // kept whole: بیش/کم are different words in news text
  // ...ان that are not plurals
  'سازمان', 'ساختمان', 'خیابان', 'جریان', 'اصفهان', 'قهرمان', 'مسلمان', 'نگهبان', 'پشتیبان',
  'میزبان', 'باغبان', 'دندان', 'زنجان', 'همدان', 'ابادان', 'مازندران', 'اذربایجان', 'کارمان',
  'گلدان', 'میهمان', 'نردبان', 'گریبان', 'بیابان', 'پریشان', 'درخشان', 'خراسان', 'لبنان',
  'یونان', 'سودان', 'عمان', 'تابان', 'گیلان', 'کرمان', 'تهران', 'ایران', 'زمان', 'میزان',
  'باران', 'پایان', 'بنیان', 'استان', 'انسان', 'امکان', 'جوان', 'مهمان', 'درمان', 'فرمان',
  'پنهان', 'عنوان', 'بحران', 'دوران', 'جهان', 'زبان', 'ارزان', 'گران', 'اسان', 'کاشان', 'سمنان',
  // ...گان that are not plurals
  'بازرگان', 'رایگان', 'هرمزگان', 'گروگان', 'گرگان', 'واژگان', 'پایگان',
  // ...ات that are not plurals, or whose stem is another word
  'ملاقات', 'صادرات', 'واردات', 'اطلاعات', 'ساعات', 'اوقات', 'ثبات', 'حیات', 'نجات', 'زکات',
  'برات', 'مات', 'دات', 'کلمات'
])

/**
 * Arabic broken plurals common in news, with their singular: the stemmer indexes both as the
 * singular (مراکز داده meets مرکز داده). Only pairs whose plural has no other common sense: not
 * حقوق (rights / pay), اطلاعات (information), امور, شرایط (شرط is also a bet), ابعاد (بعد: after).
 */
export const BROKEN_PLURALS: readonly (readonly [plural: string, singular: string])[] = [
  ['مراکز', 'مرکز'], ['مسائل', 'مسئله'], ['اخبار', 'خبر'], ['اسناد', 'سند'], ['اصناف', 'صنف'],
  ['افراد', 'فرد'], ['اعضا', 'عضو'], ['اعضای', 'عضو'], ['منابع', 'منبع'], ['مناطق', 'منطقه'],
  ['مدارس', 'مدرسه'], ['موارد', 'مورد'], ['عوامل', 'عامل'], ['اهداف', 'هدف'], ['مشاغل', 'شغل'],
  ['مراحل', 'مرحله'], ['وسایل', 'وسیله'], ['دلایل', 'دلیل'], ['نتایج', 'نتیجه'], ['قوانین', 'قانون'],
  ['ارقام', 'رقم'], ['سوابق', 'سابقه'], ['جوایز', 'جایزه'], ['مقادیر', 'مقدار'], ['بنادر', 'بندر'],
  ['مراجع', 'مرجع'], ['معادن', 'معدن'], ['مزارع', 'مزرعه'], ['اماکن', 'مکان'], ['اشخاص', 'شخص'],
  ['عناوین', 'عنوان'], ['اسامی', 'اسم'], ['روابط', 'رابطه'], ['شرکا', 'شریک'], ['وزرا', 'وزیر'],
  ['رؤسا', 'رئیس'], ['اساتید', 'استاد'], ['مراتب', 'مرتبه'], ['مقالات', 'مقاله'], ['تجار', 'تاجر'],
  ['مصادیق', 'مصداق'], ['ضوابط', 'ضابطه'], ['مقررات', 'مقرره']
]
