// Metadata that saved news pages carry only as visible text: bylines, dates written for readers,
// the site name at the end of <title>, "read also" lines, a description repeated as the first
// paragraph. Pure functions over strings, plus one pass over the DOM (before Readability) that
// records what it found and removes bylines and read-also lines from the body.
import type { Published } from '../../shared/archive/schema'
import { JALALI_MONTHS_FA, parsePublishedDate, toLatinDigits } from '../../shared/dates'
import type { PageChange } from '../../shared/host/fileImport'
import { foldText } from '../../shared/text'

const GREGORIAN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const JALALI_NAMES = JALALI_MONTHS_FA.join('|')
const ARABIC_TO_PERSIAN: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک' }

/** Display text with Arabic yeh/kaf as Persian letters and spaces collapsed; ZWNJ kept. */
function tidy(text: string): string {
  return text.replace(/[يىك]/g, (ch) => ARABIC_TO_PERSIAN[ch] ?? ch).replace(/[\s\u00a0]+/g, ' ').trim()
}

function fromParts(year: number, month?: number, day?: number): Published | undefined {
  const text = [String(year), month === undefined ? undefined : String(month).padStart(2, '0'), day === undefined ? undefined : String(day).padStart(2, '0')]
    .filter((x) => x !== undefined)
    .join('-')
  const parsed = parsePublishedDate(text)
  return parsed.ok ? parsed.published : undefined
}

/**
 * A date written for readers: «۲۳ تیر ۱۴۰۱», «تیر ۱۴۰۱» (month precision), «۱۴۰۳/۰۴/۰۶»,
 * `2024-06-27`, `27 June 2024`, in any digits. Undefined when the text holds no real date.
 */
export function visibleDate(raw: string): Published | undefined {
  const text = toLatinDigits(tidy(raw)).slice(0, 300)
  const named = new RegExp(`(?:(\\d{1,2})\\s+)?(?<!\\p{L})(${JALALI_NAMES})\\s+(1[34]\\d\\d)(?!\\d)`, 'u').exec(text)
  if (named) {
    const month = JALALI_MONTHS_FA.indexOf(named[2] as (typeof JALALI_MONTHS_FA)[number]) + 1
    return fromParts(Number(named[3]), month, named[1] === undefined ? undefined : Number(named[1]))
  }
  const numeric = /(?<!\d)(1[34]\d\d|20\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/.exec(text)
  if (numeric) return fromParts(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]))
  const dmy = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](1[34]\d\d)(?!\d)/.exec(text)
  if (dmy) return fromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
  const english = /(?<!\d)(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(20\d\d)(?!\d)|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(20\d\d)(?!\d)/.exec(text)
  if (english) {
    const name = (english[2] ?? english[4] ?? '').toLowerCase()
    const month = GREGORIAN_MONTHS.findIndex((m) => name.length >= 3 && m.startsWith(name)) + 1
    const day = Number(english[1] ?? english[5])
    if (month > 0) return fromParts(Number(english[3] ?? english[6]), month, day)
  }
  return undefined
}

const DATE_LABEL = /^(?:تاریخ انتشار|زمان انتشار|تاریخ|انتشار|منتشر شده(?: در)?|به‌روزرسانی|published(?: on)?|updated|date)\s*[:：]?\s*/i
const WEEKDAYS = /شنبه|یکشنبه|دوشنبه|سه‌شنبه|سه شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|ساعت/g

/** A line that is only a (labelled) date, such as «تاریخ انتشار: ۲۳ تیر ۱۴۰۱» or `Published: 2024-06-27`. */
export function isDateLine(raw: string): boolean {
  const text = tidy(raw)
  if (text.length > 60 || !visibleDate(text)) return false
  const rest = toLatinDigits(text.replace(DATE_LABEL, ''))
    .replace(new RegExp(JALALI_NAMES, 'g'), '')
    .replace(new RegExp(GREGORIAN_MONTHS.join('|') + '|' + GREGORIAN_MONTHS.map((m) => m.slice(0, 3)).join('|'), 'gi'), '')
    .replace(WEEKDAYS, '')
  return /^[\d\s/.\-:،,–—]*$/.test(rest)
}

const AUTHOR_LABEL = /^(?:نویسنده|نوشته|خبرنگار|گزارشگر|گزارش|به قلم|مترجم|ترجمه|by|author)\s*[:：]?\s+|^(?:نویسنده|خبرنگار|به قلم|by|author)\s*[:：]\s*/i
const NAME = /^[\p{L}\u200c.'’ -]{3,60}$/u

function plausibleName(raw: string): string | undefined {
  const name = tidy(raw).replace(/[،,.:؛\-–—|]+$/u, '').trim()
  if (!NAME.test(name)) return undefined
  const words = name.split(' ').filter(Boolean)
  return words.length >= 1 && words.length <= 5 ? name : undefined
}

/**
 * The author named in a byline: «نویسنده: …», «خبرنگار: …», «به قلم …», or «نام — تاریخ» (a
 * short name followed by a dash and a date). Undefined for anything that reads like a sentence.
 */
export function authorFromByline(raw: string): string | undefined {
  const text = tidy(raw)
  if (text.length > 120) return undefined
  const label = AUTHOR_LABEL.exec(text)
  if (label) {
    const rest = text.slice(label[0].length).split(/\s+[—–\-|،]\s*|\s*[|،]\s*|\s+(?=تاریخ)/u)[0] ?? ''
    return plausibleName(rest)
  }
  const dashed = /^(.{3,60}?)\s*[—–\-|]\s*(.+)$/u.exec(text)
  if (dashed && visibleDate(dashed[2] as string)) return plausibleName(dashed[1] as string)
  return undefined
}

const READ_ALSO = /^(?:بیشتر بخوانید|همچنین بخوانید|بخوانید|مطلب پیشنهادی|مطالب پیشنهادی|پیشنهاد مطالعه|مطلب مرتبط|مطالب مرتبط|read also|read more|related)\s*[:：«]/i

/** A «بیشتر بخوانید: …» / «بخوانید:» / «مطلب پیشنهادی» line: a link to another article. */
export function isReadAlso(raw: string): boolean {
  const text = tidy(raw)
  return text.length <= 200 && READ_ALSO.test(text)
}

const SEPARATOR = /\s+(?:[-–—|]|::|»)\s+/u

/** «عنوان - عصر ارتباط» / «عنوان | دیجیاتو» → the site name; undefined without a short suffix. */
export function siteNameFromTitle(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined
  const parts = tidy(raw).split(SEPARATOR)
  if (parts.length < 2) return undefined
  const last = (parts[parts.length - 1] ?? '').trim()
  const words = last.split(' ').filter(Boolean).length
  return last.length >= 2 && last.length <= 40 && words <= 4 ? last : undefined
}

function compareKey(text: string): string {
  return foldText(text.normalize('NFC')).replace(/[^\p{L}\p{N}]+/gu, '')
}

/** True when the lead says what the first paragraph says (or the start of it). */
export function leadRepeats(lead: string, firstParagraph: string): boolean {
  const a = compareKey(lead)
  const b = compareKey(firstParagraph)
  if (a.length < 10 || b.length < 10) return a === b
  return b.startsWith(a) || a.startsWith(b)
}

interface El {
  textContent: string | null
  children: ArrayLike<El>
  getAttribute(name: string): string | null
  remove(): void
  tagName: string
}

export interface VisibleMeta {
  author?: string
  published?: Published
  changes: PageChange[]
}

const BLOCKISH = new Set(['P', 'DIV', 'SPAN', 'LI', 'TIME', 'SMALL', 'ADDRESS', 'H4', 'H5', 'H6', 'SECTION', 'HEADER', 'A', 'STRONG', 'B', 'EM'])

/**
 * One pass over the page body before Readability: the first byline and visible date in short
 * elements are recorded; the smallest elements holding a byline or a read-also line are removed.
 */
export function takeVisibleMeta(body: El | null): VisibleMeta {
  const found: VisibleMeta = { changes: [] }
  if (!body) return found
  const remove: El[] = []
  let readAlso = 0
  let dateLine = false
  const stack: El[] = [body]
  let visited = 0
  while (stack.length > 0 && visited < 20_000) {
    const el = stack.pop() as El
    visited++
    const text = tidy(el.textContent ?? '')
    if (el !== body && BLOCKISH.has(el.tagName.toUpperCase()) && text.length > 0 && text.length <= 200) {
      if (isReadAlso(text) && !['A', 'STRONG', 'B', 'EM', 'SPAN'].includes(el.tagName.toUpperCase())) {
        remove.push(el)
        readAlso++
        continue
      }
      const childMatches = (test: (t: string) => unknown) => [...Array.from(el.children)].some((c) => test(tidy(c.textContent ?? '')))
      if (!found.author && text.length <= 120) {
        const author = authorFromByline(text)
        if (author && !childMatches(authorFromByline)) {
          found.author = author
          const date = visibleDate(text)
          if (date) found.published ??= date
          remove.push(el)
          continue
        }
      }
      if (!found.published && text.length <= 80 && !childMatches(visibleDate)) {
        const date = visibleDate(text)
        if (date) {
          found.published = date
          if (isDateLine(text)) {
            remove.push(el)
            dateLine = true
            continue
          }
        }
      }
    }
    const children = Array.from(el.children)
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as El)
  }
  for (const el of remove) el.remove()
  if (found.author) found.changes.push({ kind: 'byline-moved' })
  if (dateLine) found.changes.push({ kind: 'date-line-moved' })
  if (readAlso > 0) found.changes.push({ kind: 'read-also-removed', count: readAlso })
  return found
}

/** `meta[name=author]` or a JSON-LD author (a string, a Person, or the first of a list). */
export function authorFromLd(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  if (typeof first === 'string') return plausibleName(first)
  if (typeof first === 'object' && first !== null && typeof (first as Record<string, unknown>)['name'] === 'string') {
    return plausibleName((first as Record<string, unknown>)['name'] as string)
  }
  return undefined
}

export { plausibleName }
