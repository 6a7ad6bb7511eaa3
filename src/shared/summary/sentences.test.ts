import { describe, expect, it } from 'vitest'
import { readSeed } from '../anchoring/testSupport'
import { splitSentences, withQuoteMarks } from './sentences'

const texts = (t: string) => splitSentences(t).map((s) => s.text)

describe('splitSentences', () => {
  it('splits on Persian and Latin terminators followed by space', () => {
    expect(texts('این یک جمله است. آیا این دومی است؟ بله! سومی… و چهارم')).toEqual([
      'این یک جمله است.',
      'آیا این دومی است؟',
      'بله!',
      'سومی…',
      'و چهارم'
    ])
  })

  it('keeps decimals, dotted abbreviations and single-letter abbreviations inside the sentence', () => {
    expect(texts('تورم به ۹.۲ درصد و رشد به 3.5 درصد رسید. نظام ج.ا.ا در سال ۱۳۵۸ ه.ش. تثبیت شد. گزارش Dr. Smith و U.S. data.')).toEqual([
      'تورم به ۹.۲ درصد و رشد به 3.5 درصد رسید.',
      'نظام ج.ا.ا در سال ۱۳۵۸ ه.ش. تثبیت شد.',
      'گزارش Dr. Smith و U.S. data.'
    ])
  })

  it('does not split on ؛ (it joins clauses)', () => {
    expect(texts('منابع دیر رسید؛ تسهیلات با تاخیر پرداخت شد.')).toHaveLength(1)
  })

  it('keeps a closing guillemet with its sentence and a short quotation unsplit', () => {
    expect(texts('او گفت: «منابع دیر تأمین شد.» سپس رفت. در پاسخ به «زومیت» گفت: «بخش خصوصی توانمند شود» و رفت.')).toEqual([
      'او گفت: «منابع دیر تأمین شد.»',
      'سپس رفت.',
      'در پاسخ به «زومیت» گفت: «بخش خصوصی توانمند شود» و رفت.'
    ])
  })

  it('splits a multi-sentence quotation and marks the pieces so guillemets can be restored', () => {
    const s = splitSentences('او گفت: «جمله اول است. جمله دوم است. جمله سوم است.» پایان.')
    expect(s.map((x) => [x.text, x.opensInQuote, x.closesInQuote])).toEqual([
      ['او گفت: «جمله اول است.', false, true],
      ['جمله دوم است.', true, true],
      ['جمله سوم است.»', true, false],
      ['پایان.', false, false]
    ])
    expect(withQuoteMarks(s[1]!)).toBe('«جمله دوم است.»')
  })

  it('treats lines as boundaries and flags heading-like lines', () => {
    const s = splitSentences('عنوان خبر\nمتن اول. متن دوم.\nمیان‌تیتر\nادامه')
    expect(s.map((x) => [x.text, x.isHeadingLike])).toEqual([
      ['عنوان خبر', true],
      ['متن اول.', false],
      ['متن دوم.', false],
      ['میان‌تیتر', true],
      ['ادامه', true]
    ])
  })

  it('reads a long line without final punctuation as a sentence (a lead), a short one as a heading', () => {
    const lead = 'صندوق نوآوری اعلام کرد به هر استارتاپی که در ماه‌های قطعی اینترنت بیش از نیمی از درآمد خود را از دست داده است وام قرض‌الحسنه پرداخت می‌شود'
    const s = splitSentences(`${lead}\nبخش استارتاپی\nمتن دوم.`)
    expect(s.map((x) => [x.text, x.isHeadingLike, x.unpunctuated])).toEqual([
      [lead, false, true],
      ['بخش استارتاپی', true, true],
      ['متن دوم.', false, false]
    ])
  })

  it('returns offsets into the original text for every sentence of the seed', async () => {
    const seed = await readSeed()
    const s = splitSentences(seed)
    expect(s.length).toBe(30)
    for (const x of s) expect(seed.slice(x.start, x.end)).toBe(x.text)
    expect(s[0]?.isHeadingLike).toBe(true) // the title line
    // «… استفاده کند.- محمد خوانساری، …»: the attribution is split off and flagged.
    const attribution = s.find((x) => x.text.startsWith('- محمد خوانساری'))
    expect(attribution?.isHeadingLike).toBe(true)
    expect(s[(attribution?.index ?? 0) - 1]?.text.endsWith('استفاده کند.')).toBe(true)
    expect(s.map((x) => x.text)).toContain('او این آمار را در نشستی خبری در الکامپ ۲۷ مطرح کرد.')
  })
})
