import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { COLOURS, type Colour } from '../../../../shared/domain/annotation'
import type { Language } from '../../../../shared/domain/language'
import {
  EXPORT_FORMATS,
  EXPORT_ORDERS,
  INCLUDE_ALL,
  PAPER_SIZES,
  type ExportFormat,
  type ExportInclude,
  type ExportOrder,
  type ExportScope,
  type PaperSize
} from '../../../../shared/export/options'
import { useLive } from '../../app/liveData'
import { useColourMeanings } from '../annotations/useColourMeanings'
import { ExportProgress } from './ExportProgress'
import { useExportJob } from './useExportJob'
import { ModalLayer } from '../../ui/keyboard/KeyboardContext'
import { useFocusTrap } from '../../ui/useFocusTrap'

type ScopeKind = ExportScope['kind']
const INCLUDE_KEYS = Object.keys(INCLUDE_ALL) as (keyof ExportInclude)[]

interface Props {
  /** The article open in the reader, if any: "this article" is then the first choice. */
  articleId: string | null
  onClose: () => void
}

export function ExportDialog({ articleId, onClose }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const titleId = useId()
  const first = useRef<HTMLSelectElement>(null)
  const dialog = useRef<HTMLDivElement>(null)
  useFocusTrap(dialog)
  const colours = useColourMeanings()
  const { state, start, cancel } = useExportJob()
  const [scopeKind, setScopeKind] = useState<ScopeKind>(articleId ? 'article' : 'all')
  const [selected, setSelected] = useState<string[]>(articleId ? [articleId] : [])
  const [tag, setTag] = useState('')
  const [colour, setColour] = useState<Colour>('yellow')
  const [include, setInclude] = useState<ExportInclude>(INCLUDE_ALL)
  const [order, setOrder] = useState<ExportOrder>('reading')
  const [lang, setLang] = useState<Language>(i18n.language === 'en' ? 'en' : 'fa')
  const [pageSize, setPageSize] = useState<PaperSize>('A4')
  const [format, setFormat] = useState<ExportFormat>('pdf')

  const tags = useLive((s) => s.articles.tagsInUse(), [])
  const annotated = useLive((s) => s.articles.annotated(), [])

  const busy = state.phase === 'building' || state.phase === 'saving'
  useEffect(() => first.current?.focus(), [])

  const scope = ((): ExportScope | null => {
    switch (scopeKind) {
      case 'article':
        return articleId ? { kind: 'article', articleId } : null
      case 'articles':
        return selected.length > 0 ? { kind: 'articles', articleIds: selected } : null
      case 'tag':
        return tag ? { kind: 'tag', tag } : null
      case 'colour':
        return { kind: 'colour', colour }
      case 'all':
        return { kind: 'all' }
    }
  })()
  const submit = (e: React.FormEvent): void => {
    e.preventDefault()
    if (scope && !busy) void start({ scope, include, order, lang }, format, pageSize)
  }

  return (
    <ModalLayer onEscape={busy ? cancel : onClose}>
    <div className="export-backdrop">
      <div className="export-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={dialog} data-testid="export-dialog">
      <form onSubmit={submit} className="export-dialog__form">
        <h2 id={titleId}>{t('export.title')}</h2>
        <fieldset disabled={busy}>
          <label>
            {t('export.scope')}
            <select ref={first} value={scopeKind} onChange={(e) => setScopeKind(e.target.value as ScopeKind)} data-testid="export-scope">
              {articleId ? <option value="article">{t('export.scopes.article')}</option> : null}
              <option value="articles">{t('export.scopes.articles')}</option>
              <option value="tag">{t('export.scopes.tag')}</option>
              <option value="colour">{t('export.scopes.colour')}</option>
              <option value="all">{t('export.scopes.all')}</option>
            </select>
          </label>
          {scopeKind === 'articles' ? (
            <fieldset className="export-dialog__articles">
              <legend>{t('export.chooseArticles')}</legend>
              {(annotated ?? []).map((a) => (
                <label key={a.id} dir="auto">
                  <input
                    type="checkbox"
                    checked={selected.includes(a.id)}
                    onChange={(e) => setSelected((s) => (e.target.checked ? [...s, a.id] : s.filter((id) => id !== a.id)))}
                  />
                  {a.title}
                </label>
              ))}
            </fieldset>
          ) : null}
          {scopeKind === 'tag' ? (
            <label>
              {t('export.chooseTag')}
              <select value={tag} onChange={(e) => setTag(e.target.value)} data-testid="export-tag">
                <option value="">—</option>
                {(tags ?? []).map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {scopeKind === 'colour' ? (
            <label>
              {t('export.chooseColour')}
              <select value={colour} onChange={(e) => setColour(e.target.value as Colour)} data-testid="export-colour">
                {COLOURS.map((c) => (
                  <option key={c} value={c}>
                    {colours.label(c)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <fieldset className="export-dialog__include">
            <legend>{t('export.include')}</legend>
            {INCLUDE_KEYS.map((key) => (
              <label key={key}>
                <input type="checkbox" checked={include[key]} onChange={(e) => setInclude((i) => ({ ...i, [key]: e.target.checked }))} data-testid={`export-include-${key}`} />
                {t(`export.includes.${key}`)}
              </label>
            ))}
          </fieldset>
          <Choice label={t('export.order')} value={order} values={EXPORT_ORDERS} onChange={setOrder} text={(o) => t(`export.orders.${o}`)} testId="export-order" />
          <Choice label={t('export.headingLanguage')} value={lang} values={['fa', 'en'] as const} onChange={setLang} text={(l) => t(`export.languages.${l}`)} testId="export-lang" />
          <Choice label={t('export.format')} value={format} values={EXPORT_FORMATS} onChange={setFormat} text={(f) => t(`export.formats.${f}`)} testId="export-format" />
          {format === 'pdf' ? (
            <Choice label={t('export.paper')} value={pageSize} values={PAPER_SIZES} onChange={setPageSize} text={(p) => t(`export.papers.${p}`)} testId="export-paper" />
          ) : null}
        </fieldset>
        <ExportProgress state={state} />
        <div className="export-dialog__buttons">
          {busy ? (
            <button type="button" onClick={cancel} data-testid="export-cancel">
              {t('export.cancel')}
            </button>
          ) : (
            <>
              <button type="submit" className="button--primary" disabled={!scope} data-testid="export-start">
                {t('export.start')}
              </button>
              <button type="button" onClick={onClose} data-testid="export-close">
                {t('export.close')}
              </button>
            </>
          )}
        </div>
      </form>
      </div>
    </div>
    </ModalLayer>
  )
}

function Choice<T extends string>(props: { label: string; value: T; values: readonly T[]; onChange: (v: T) => void; text: (v: T) => string; testId: string }): React.JSX.Element {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as T)} data-testid={props.testId}>
        {props.values.map((v) => (
          <option key={v} value={v}>
            {props.text(v)}
          </option>
        ))}
      </select>
    </label>
  )
}
