import { describe, expect, it } from 'vitest'
import { parseSummaryAnswer } from './parseAnswer'

const pair = { fa: 'خلاصه «فارسی» خبر.', en: 'English summary with {braces}.' }

describe('parseSummaryAnswer', () => {
  it('reads plain JSON, JSON amid prose, and drops a reasoning block first', () => {
    expect(parseSummaryAnswer(JSON.stringify(pair))).toEqual(pair)
    expect(parseSummaryAnswer(`Sure! ${JSON.stringify(pair)} Hope this helps.`)).toEqual(pair)
    expect(parseSummaryAnswer(`<think>the user wants {fa, en}</think>\n${JSON.stringify(pair)}`)).toEqual(pair)
  })

  it('reads labelled sections spanning several lines', () => {
    expect(parseSummaryAnswer('فارسی: سطر اول.\nسطر دوم.\nEnglish: Line one.\nLine two.')).toEqual({
      fa: 'سطر اول.\nسطر دوم.',
      en: 'Line one.\nLine two.'
    })
  })

  it('refuses answers missing a language or with empty summaries', () => {
    expect(parseSummaryAnswer('{"fa": "فقط فارسی"}')).toBeUndefined()
    expect(parseSummaryAnswer('{"fa": " ", "en": "x"}')).toBeUndefined()
    expect(parseSummaryAnswer('Just some text.')).toBeUndefined()
  })
})
