import { useMemo, useState } from 'react'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { CardActions, EditField } from './AnnotationCard'
import { useAppServices } from '../../app/AppServicesContext'

export interface Editing {
  id: string
  field: EditField
}

/** Card actions wired to the repository, each change recorded for undo. */
export function useAnnotationActions(): CardActions & { editing: Editing | null; setEditing: (e: Editing | null) => void } {
  const { annotations: repo, history } = useAppServices()
  const [editing, setEditing] = useState<Editing | null>(null)
  const actions = useMemo<CardActions>(() => {
    const isEmptyArticleNote = (a: Annotation, note: string, tags: string[]): boolean => a.target === null && note.trim() === '' && tags.length === 0
    return {
      onEdit: (id, field) => setEditing(field ? { id, field } : null),
      onNote: (a, note) => {
        setEditing(null)
        if (note === a.note) {
          // An article note opened and left empty leaves nothing behind.
          if (isEmptyArticleNote(a, note, a.tags)) void repo.remove(a.id)
          return
        }
        if (isEmptyArticleNote(a, note, a.tags)) return repo.remove(a.id).then((c) => history.push(c, 'deleted'))
        return repo.update(a.id, { note }).then((c) => history.push(c, 'edited'))
      },
      onTags: (a, tags) => void repo.update(a.id, { tags }).then((c) => history.push(c, 'edited')),
      onColour: (a, colour) => {
        if (colour !== a.colour) void repo.update(a.id, { colour }).then((c) => history.push(c, 'edited'))
      },
      onDelete: (a) => void repo.remove(a.id).then((c) => history.push(c, 'deleted'))
    }
  }, [repo, history])
  return { ...actions, editing, setEditing }
}
