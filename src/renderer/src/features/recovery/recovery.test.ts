import { describe, expect, it } from 'vitest'
import { recoveryReasonOf } from './recoveryReason'
import { startupFailureContent } from './startupFailure'
import { countsList } from './countsList'
import { createI18n } from '../../i18n'

describe('recovery', () => {
  it('reads only the reasons the main process sends', () => {
    expect(recoveryReasonOf('?recovered=crashed')).toBe('crashed')
    expect(recoveryReasonOf('?recovered=unresponsive&x=1')).toBe('unresponsive')
    expect(recoveryReasonOf('?recovered=<script>')).toBeNull()
    expect(recoveryReasonOf('')).toBeNull()
  })

  it('a startup failure is told in Persian then English, with the error as plain text', () => {
    const content = startupFailureContent(new TypeError('indexedDB is not available'))
    expect(content.blocks.map((b) => [b.lang, b.dir])).toEqual([
      ['fa', 'rtl'],
      ['en', 'ltr']
    ])
    expect(content.blocks[0]?.title).toMatch(/[\u0600-\u06FF]/)
    expect(content.detail).toBe('TypeError: indexedDB is not available')
    expect(startupFailureContent('plain').detail).toBe('plain')
  })
})

describe('the restore counts', () => {
  it('name each kind in the plural form of the language: one annotation, two annotations', async () => {
    const en = await createI18n('en')
    expect(en.t('restoreOffer.done', { list: countsList(en.t, { annotations: 1, summaries: 2, articles: 1, settings: 0 }) })).toBe(
      'Restored: 1 annotation, 2 summaries, 1 imported article, 0 settings.'
    )
    expect(countsList(en.t, { annotations: 2, articles: 3 })).toBe('2 annotations, 3 imported articles')
    const fa = await createI18n('fa')
    expect(fa.t('restoreOffer.counts', { list: countsList(fa.t, { annotations: 1, summaries: 12, articles: 1 }) })).toBe(
      'در اینجا نیست ولی در دفتر ایمنی هست: ۱ حاشیه‌نویسی، ۱۲ خلاصه، ۱ مقالهٔ واردشده.'
    )
  })
})
