import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPage } from './html'
import { authorFromByline, isDateLine, isReadAlso, leadRepeats, siteNameFromTitle, visibleDate } from './pageMeta'

const GOOD = join(__dirname, '../../../e2e/fixtures/import/good')
const METADATA = join(__dirname, '../../../e2e/fixtures/import/metadata')
const page = (name: string) => readPage(readFileSync(join(name.startsWith('zoomit') ? GOOD : METADATA, name), 'utf8'), Date.UTC(2024, 9, 1))

describe('visible publication dates', () => {
  it('reads a labelled Jalali date with a month name, in Persian digits', () => {
    expect(visibleDate('تاریخ انتشار: ۲۳ تیر ۱۴۰۱')).toEqual({ precision: 'day', jalali: { year: 1401, month: 4, day: 23 } })
  })
  it('reads numeric Jalali dates in Persian, Arabic-Indic and Latin digits', () => {
    const day = { precision: 'day', jalali: { year: 1403, month: 4, day: 6 } }
    expect(visibleDate('۱۴۰۳/۰۴/۰۶')).toEqual(day)
    expect(visibleDate('١٤٠٣/٤/٦')).toEqual(day)
    expect(visibleDate('1403-04-06')).toEqual(day)
  })
  it('keeps only the precision the text has', () => {
    expect(visibleDate('خرداد ۱۴۰۲')).toEqual({ precision: 'month', jalali: { year: 1402, month: 3 } })
  })
  it('converts a Gregorian day to Jalali', () => {
    expect(visibleDate('Published: 2024-06-27')).toEqual({ precision: 'day', jalali: { year: 1403, month: 4, day: 7 } })
    expect(visibleDate('27 June 2024')).toEqual({ precision: 'day', jalali: { year: 1403, month: 4, day: 7 } })
  })
  it('refuses impossible dates and plain numbers', () => {
    expect(visibleDate('۱۴۰۳/۱۳/۴۰')).toBeUndefined()
    expect(visibleDate('۴۰۰ غرفه در ۱۴۰۳ شرکت')).toBeUndefined()
  })
})

describe('date lines', () => {
  it('knows a line that is only a labelled date', () => {
    expect(isDateLine('تاریخ انتشار: ۲۳ تیر ۱۴۰۱')).toBe(true)
    expect(isDateLine('۱۴۰۳/۰۴/۰۶')).toBe(true)
    expect(isDateLine('Published: 2024-06-27')).toBe(true)
    expect(isDateLine('سه‌شنبه ۶ تیر ۱۴۰۳ - ساعت ۱۰:۳۰')).toBe(true)
    expect(isDateLine('قرارداد در ۶ تیر ۱۴۰۳ امضا شد')).toBe(false)
  })
})

describe('bylines', () => {
  it('takes the name before a dash and a date', () => {
    expect(authorFromByline('سارا محمدی — ۶ تیر ۱۴۰۳')).toBe('سارا محمدی')
  })
  it('takes the name after a label, with Arabic letters folded', () => {
    expect(authorFromByline('نویسنده: علی رضايي')).toBe('علی رضایی')
    expect(authorFromByline('خبرنگار : نگار   موسوی')).toBe('نگار موسوی')
  })
  it('is not fooled by an ordinary sentence', () => {
    expect(authorFromByline('نمایشگاه الکامپ امسال با ۴۰۰ شرکت برگزار می‌شود.')).toBeUndefined()
    expect(authorFromByline('نویسنده: ' + 'ب'.repeat(80))).toBeUndefined()
  })
})

describe('title suffixes, read-also lines and repeated leads', () => {
  it('finds the site name after the last separator', () => {
    expect(siteNameFromTitle('نمایشگاه الکامپ برگزار می‌شود - عصر ارتباط')).toBe('عصر ارتباط')
    expect(siteNameFromTitle('سرعت اینترنت کاهش یافت | دیجیاتو')).toBe('دیجیاتو')
    expect(siteNameFromTitle('عنوانی بدون پسوند')).toBeUndefined()
  })
  it('knows read-also lines', () => {
    expect(isReadAlso('بیشتر بخوانید: ثبت‌نام تمدید شد')).toBe(true)
    expect(isReadAlso('بخوانید: اپراتورها تعرفه را افزایش دادند')).toBe(true)
    expect(isReadAlso('مطلب پیشنهادی: شبکه ملی اطلاعات')).toBe(true)
    expect(isReadAlso('کاربران باید این خبر را بیشتر بخوانید تا بدانند.')).toBe(false)
  })
  it('sees a lead that repeats the first paragraph despite ي/ی, ZWNJ and spacing', () => {
    expect(leadRepeats('نمایشگاه الکامپ امسال برپا مي شود.', 'نمایشگاه  الکامپ امسال برپا می‌شود. ادامهٔ متن')).toBe(true)
    expect(leadRepeats('خلاصه‌ای دیگر از خبر', 'نمایشگاه الکامپ امسال برپا می‌شود.')).toBe(false)
  })
})

describe('saved pages', () => {
  it('a byline with a date: author recorded and removed, visible date, title-suffix site name, no repeated lead, read-also gone', () => {
    const p = page('asr-byline-visible-date.html')
    expect(p.author).toBe('سارا محمدی')
    expect(p.html).not.toContain('سارا محمدی')
    expect(p.published).toEqual({ precision: 'day', jalali: { year: 1403, month: 4, day: 6 } })
    expect(p.source.name).toBe('عصر ارتباط')
    expect(p.lead).toBeUndefined()
    expect(p.html).not.toContain('بیشتر بخوانید')
    expect(p.html).not.toContain('مطلب پیشنهادی')
    expect(p.html).toContain('یکصد هزار نفر')
    expect(p.changes).toEqual(expect.arrayContaining([{ kind: 'byline-moved' }, { kind: 'read-also-removed', count: 2 }, { kind: 'lead-repeated' }]))
  })
  it('labelled author and date', () => {
    const p = page('label-author-published.html')
    expect(p.author).toBe('علی رضایی')
    expect(p.html).not.toContain('نویسنده')
    expect(p.html).not.toContain('تاریخ انتشار')
    expect(p.changes).toEqual(expect.arrayContaining([{ kind: 'date-line-moved' }]))
    expect(p.published).toEqual({ precision: 'day', jalali: { year: 1401, month: 4, day: 23 } })
    expect(p.source.name).toBe('دیجیاتو')
    expect(p.html).not.toContain('بخوانید')
  })
  it('meta author wins over JSON-LD; a numeric Jalali date; a :: suffix', () => {
    const p = page('meta-author-numeric-date.html')
    expect(p.author).toBe('مریم احمدی')
    expect(p.published).toEqual({ precision: 'day', jalali: { year: 1403, month: 4, day: 6 } })
    expect(p.source.name).toBe('فن‌آوران')
    expect(p.html).not.toContain('۱۴۰۳/۰۴/۰۶')
  })
  it('JSON-LD author and a visible Gregorian date', () => {
    const p = page('jsonld-author-gregorian-visible.html')
    expect(p.author).toBe('Neda Karimi')
    expect(p.published).toEqual({ precision: 'day', jalali: { year: 1403, month: 4, day: 7 } })
    expect(p.source.name).toBe('TechRasa')
    expect(p.html).not.toContain('Published:')
  })
  it('a page with a machine-readable date keeps it over visible text', () => {
    const p = page('zoomit-battery.html')
    expect(p.published).toEqual({ precision: 'day', jalali: { year: 1403, month: 4, day: 8 } })
  })
})
