/**
 * Deterministic synthetic Persian news corpus: Zipf-distributed words, ~600-word bodies, and the
 * spelling noise scraped text has (ي/ك, lost or spaced ZWNJ, Arabic-Indic and Latin digits).
 */
import type { SearchDoc } from '../src/shared/search/types'
import { rng } from '../src/testSupport/seededRandom'

export { rng }


const REAL_WORDS = (
  'و در به از که این را با برای است آن تا بر هم نیز یکی شده بود باید خواهد داشت گفت کرد ' +
  'ایران تهران دولت مجلس وزیر سازمان فناوری اطلاعات ارتباطات اقتصاد بازار بانک مرکزی تورم قیمت دلار ' +
  'نفت گاز صادرات واردات شرکت کاربر اینترنت فیلترینگ پیام‌رسان سکو داده امنیت سایبری حریم خصوصی قانون ' +
  'بودجه تسهیلات حمایت رئیس معاون مدیر گزارش نشست خبری نمایشگاه کامپیوتر الکترونیک دیجیتال هوشمند ' +
  'تراکنش کسب‌وکار بین‌المللی آسیب‌دیده راه‌اندازی دانش‌بنیان زیرساخت توسعه سرمایه‌گذاری پروژه ' +
  'دانشگاه دانشجو پژوهش علم آموزش مدرسه معلم کودک خانواده جامعه فرهنگ هنر سینما کتاب ورزش فوتبال ' +
  'تیم بازی مسابقه قهرمانی سلامت بیمار پزشک دارو بیمارستان ویروس واکسن محیط زیست آب هوا باران ' +
  'کشاورزی خودرو حمل‌ونقل جاده شهر استان روستا مردم جوان زنان کارگر حقوق مالیات یارانه مسکن اجاره ' +
  'ماه سال روز هفته امروز دیروز فردا ماهی گرم کرم کار بار بیمه خدمات سامانه مرکز ملی تبادل میزان رشد ' +
  'کشور'
).split(' ')

const SYLLABLES = 'با بی بو تا تر تو را ری رو دا دی ما می نا نی سا سی کا کی گا گو لا لی شا شی فا فر خا خو زا زی پا پی چا چی جا جو ها هی وا وی یا یو قا قی عا عی'.split(' ')
const FINALS = 'ن ر د م ت ش ک ل س ب ز گ'.split(' ')
const VERBS = ['شود', 'شوند', 'کند', 'کنند', 'دهد', 'گوید', 'رود', 'شد', 'کرد', 'داد']
const EN_WORDS = 'government market bank internet filtering business company digital economy report minister users data security law budget inflation price oil gas exports technology startup platform messenger growth support transaction international damaged infrastructure'.split(' ')

function syntheticWord(next: () => number): string {
  const n = 1 + Math.floor(next() * 3)
  let w = ''
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)]
  return w + FINALS[Math.floor(next() * FINALS.length)]
}

export function vocabulary(size = 30000): string[] {
  const next = rng(7)
  const words = new Set(REAL_WORDS)
  while (words.size < size) words.add(syntheticWord(next))
  // Interleave: real (common) words first, synthetic tail.
  return [...words]
}

/** Zipf(s≈1) sampler over ranks via a precomputed CDF. */
export function zipfSampler(n: number, next: () => number): () => number {
  const cdf = new Float64Array(n)
  let sum = 0
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1) ** 1.05
  return () => {
    const x = next() * sum
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cdf[mid] as number) < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹'
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩'

interface Noise { arabicLetters: boolean; zwnj: 'keep' | 'lose' | 'space'; digits: 'fa' | 'ar' | 'latin' }

function applyNoise(text: string, noise: Noise): string {
  let t = text
  if (noise.arabicLetters) t = t.replaceAll('ی', 'ي').replaceAll('ک', 'ك')
  if (noise.zwnj === 'lose') t = t.replaceAll('\u200c', '')
  else if (noise.zwnj === 'space') t = t.replaceAll('\u200c', ' ')
  const digits = noise.digits === 'fa' ? PERSIAN_DIGITS : noise.digits === 'ar' ? ARABIC_DIGITS : null
  if (digits) t = t.replace(/[0-9]/g, (d) => digits[Number(d)] as string)
  return t
}

export class CorpusGenerator {
  readonly vocab = vocabulary()
  private readonly next = rng(42)
  private readonly pick = zipfSampler(this.vocab.length, this.next)

  word(): string {
    const w = this.vocab[this.pick()] as string
    const r = this.next()
    if (r < 0.08) return w + '‌ها'
    if (r < 0.11) return w + '‌های'
    if (r < 0.13) return 'می‌' + (VERBS[Math.floor(this.next() * VERBS.length)] as string)
    if (r < 0.15) return String(1300 + Math.floor(this.next() * 105))
    return w
  }

  words(n: number): string {
    const out: string[] = []
    for (let i = 0; i < n; i++) out.push(this.word())
    return out.join(' ')
  }

  doc(i: number): SearchDoc {
    const next = this.next
    const noise: Noise = {
      arabicLetters: next() < 0.3,
      zwnj: next() < 0.4 ? 'lose' : next() < 0.3 ? 'space' : 'keep',
      digits: next() < 0.6 ? 'fa' : next() < 0.5 ? 'ar' : 'latin'
    }
    const paragraphs: string[] = []
    for (let p = 0; p < 6; p++) paragraphs.push(this.words(100) + '.')
    const en: string[] = []
    for (let k = 0; k < 25; k++) en.push(EN_WORDS[Math.floor(next() * EN_WORDS.length)] as string)
    return {
      id: `doc-${i}`,
      fields: {
        title: applyNoise(this.words(9), noise),
        lead: applyNoise(this.words(30), noise),
        body: applyNoise(paragraphs.join('\n'), noise),
        summaryFa: applyNoise(this.words(40), noise),
        summaryEn: en.join(' ')
      },
      meta: { date: 14000101 + Math.floor(next() * 40000), source: `source-${Math.floor(next() * 20)}`, tags: [`tag-${Math.floor(next() * 50)}`] }
    }
  }
}

export function generateCorpus(size: number): SearchDoc[] {
  const gen = new CorpusGenerator()
  return Array.from({ length: size }, (_, i) => gen.doc(i))
}

/** The kinds of query generateQueries makes, in turn: query i is of kind i % QUERY_KINDS.length. */
export const QUERY_KINDS = ['word', 'variant', 'prefix', 'phrase', 'and2', 'and3', 'exclude', 'rare'] as const

/** A few hundred mixed queries drawn from the corpus itself (so most have hits). */
export function generateQueries(docs: SearchDoc[], count = 300): string[] {
  const next = rng(99)
  const queries: string[] = []
  const bodyWords = (d: SearchDoc): string[] => (d.fields.body ?? '').split(/[\s.]+/).filter((w) => w.length > 1)
  const some = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T
  for (let i = 0; i < count; i++) {
    const words = bodyWords(some(docs))
    const at = Math.floor(next() * (words.length - 3))
    const w = (k: number): string => words[at + k] ?? 'ایران'
    switch (QUERY_KINDS[i % QUERY_KINDS.length]) {
      case 'word': queries.push(w(0) + ' '); break
      case 'variant': queries.push(w(0).replaceAll('ی', 'ي').replaceAll('ک', 'ك').replaceAll('\u200c', '') + ' '); break
      case 'prefix': queries.push(w(0).slice(0, Math.max(2, Math.min(4, w(0).length - 1)))); break
      case 'phrase': queries.push(`"${w(0)} ${w(1)}"`); break
      case 'and2': queries.push(`${w(0)} ${w(5)} `); break
      case 'and3': queries.push(`${w(0)} ${w(3)} ${w(9)} `); break
      case 'exclude': queries.push(`${w(0)} -${w(2)}`); break
      default: queries.push(some(['تراکنش‌ها ', 'کسب و کار ', 'بينالمللي ', '۱۴۰۰ ', 'market ', 'فناوری اطلاعات '])); break
    }
  }
  return queries
}
