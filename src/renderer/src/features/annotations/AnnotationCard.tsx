import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation, Colour } from '../../../../shared/domain/annotation'
import { ColourPicker } from './ColourPicker'
import { formatWhen } from './formatWhen'
import { MarkdownText } from './MarkdownText'
import { NoteEditor } from './NoteEditor'
import { TagChips } from './TagChips'
import { TagEditor } from './TagEditor'

export type EditField = 'note' | 'tags'

export interface CardActions {
  onJump?: (id: string) => void
  onEdit: (id: string, field: EditField | null) => void
  /** Resolves once stored; rejects when the write failed (the editor's draft keeps the text). */
  onNote: (a: Annotation, note: string) => void | Promise<unknown>
  onTags: (a: Annotation, tags: string[]) => void
  onColour: (a: Annotation, colour: Colour) => void
  onDelete: (a: Annotation) => void
  onReattach?: (a: Annotation) => void
}

interface Props extends CardActions {
  annotation: Annotation
  label: (c: Colour | null) => string
  editing: EditField | null
  focused: boolean
  reattaching?: boolean
  tagSuggestions: string[]
  /** Shown above the quote in the annotations view. */
  heading?: React.ReactNode
}

const QUOTE_PREVIEW = 280

/** One annotation: its quote (a button that scrolls to it), note, tags and what can be done to it. */
export function AnnotationCard(props: Props): React.JSX.Element {
  const { annotation: a, label, editing, focused, tagSuggestions, heading } = props
  const { t, i18n } = useTranslation()
  const quote = a.quote && a.quote.length > QUOTE_PREVIEW ? `${a.quote.slice(0, QUOTE_PREVIEW)}…` : a.quote
  const card = useRef<HTMLLIElement>(null)
  const wasEditing = useRef<EditField | null>(null)
  // An editor that closes takes the focus with it: give it to the button that opened it, not the page body.
  useEffect(() => {
    const closed = wasEditing.current
    wasEditing.current = editing
    if (!closed || editing) return
    const lost = document.activeElement === document.body || document.activeElement === null
    if (lost) card.current?.querySelector<HTMLElement>(`[data-testid="edit-${closed === 'note' ? 'note' : 'tags'}"]`)?.focus()
  }, [editing])
  // After a delete the keyboard goes on to the next card (or the previous one), not to the page body.
  const deleteAndMoveOn = (): void => {
    const neighbour = card.current?.nextElementSibling ?? card.current?.previousElementSibling
    props.onDelete(a)
    neighbour?.querySelector<HTMLElement>('button')?.focus()
  }
  return (
    <li
      ref={card}
      className={`annotation-card${focused ? ' annotation-card--focused' : ''}${a.orphan ? ' annotation-card--orphan' : ''}`}
      data-annotation-id={a.id}
      data-testid="annotation-card"
      aria-current={focused ? 'true' : undefined}
    >
      {heading}
      {quote !== null ? (
        props.onJump && !a.orphan ? (
          <button type="button" className={`annotation-card__quote swatch-edge--${a.colour ?? 'none'}`} onClick={() => props.onJump?.(a.id)} aria-label={t('annotations.goTo', { quote })}>
            <q dir="auto" lang="fa">{quote}</q>
          </button>
        ) : (
          <blockquote className={`annotation-card__quote swatch-edge--${a.colour ?? 'none'}`} dir="auto" lang="fa" data-testid="orphan-quote">
            {quote}
          </blockquote>
        )
      ) : null}
      <p className="annotation-card__meta">
        {a.target ? <span className={`swatch swatch--${a.colour ?? 'none'}`} aria-hidden="true" /> : null}
        <span>{a.target ? label(a.colour) : t('annotations.articleNote')}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={a.updatedAt}>{formatWhen(a.updatedAt, i18n.language)}</time>
      </p>
      {editing === 'note' ? (
        <NoteEditor annotationId={a.id} initial={a.note} label={t('annotations.noteLabel')} onSave={(note) => props.onNote(a, note)} onCancel={() => props.onEdit(a.id, null)} />
      ) : a.note ? (
        <MarkdownText source={a.note} className="markdown annotation-card__note" />
      ) : null}
      <TagChips tags={a.tags} onRemove={(tag) => props.onTags(a, a.tags.filter((x) => x !== tag))} />
      {editing === 'tags' ? <TagEditor tags={a.tags} suggestions={tagSuggestions} onChange={(tags) => props.onTags(a, tags)} onClose={() => props.onEdit(a.id, null)} /> : null}
      <div className="annotation-card__actions" role="group" aria-label={t('annotations.actions')}>
        {a.target && !a.orphan ? <ColourPicker value={a.colour} label={(c) => label(c)} onPick={(c) => props.onColour(a, c)} /> : null}
        <button type="button" onClick={() => props.onEdit(a.id, 'note')} data-testid="edit-note">
          {a.note ? t('annotations.editNote') : t('annotations.addNote')}
        </button>
        <button type="button" onClick={() => props.onEdit(a.id, 'tags')} data-testid="edit-tags">
          {t('annotations.addTag')}
        </button>
        {a.orphan && props.onReattach ? (
          <button type="button" aria-pressed={props.reattaching ?? false} onClick={() => props.onReattach?.(a)} data-testid="reattach">
            {props.reattaching ? t('annotations.reattachCancel') : t('annotations.reattach')}
          </button>
        ) : null}
        <button type="button" className="button--danger" onClick={() => deleteAndMoveOn()} data-testid="delete-annotation">
          {t('annotations.delete')}
        </button>
      </div>
    </li>
  )
}
