import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { chordLabel, COMMANDS, type CommandDef, type KeyChord } from '../../ui/keyboard/commands'
import { ModalLayer } from '../../ui/keyboard/KeyboardContext'
import { useFocusTrap } from '../../ui/useFocusTrap'
import { Kbd } from '../annotations/Kbd'

const GROUPS: CommandDef['group'][] = ['general', 'reading', 'annotating', 'dialogs']

/** Every keyboard command, read from the one registry list, grouped; opened with «?». */
export function ShortcutsSheet({ onClose }: { onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  const titleId = useId()
  const dialog = useRef<HTMLDivElement>(null)
  useFocusTrap(dialog)
  return (
    <ModalLayer onEscape={onClose}>
      <div className="export-backdrop">
        <div className="export-dialog shortcuts-sheet" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={dialog} data-testid="shortcuts-sheet">
          <h2 id={titleId}>{t('keys.title')}</h2>
          <ShortcutList idPrefix={titleId} />
          <div className="export-dialog__buttons">
            <button type="button" onClick={onClose} data-testid="shortcuts-close">
              {t('keys.close')}
            </button>
          </div>
        </div>
      </div>
    </ModalLayer>
  )
}

/** The registry's commands by group, each with its keys (used by the sheet and the Help view). */
export function ShortcutList({ idPrefix }: { idPrefix: string }): React.JSX.Element {
  const { t } = useTranslation()
  const commands = Object.entries(COMMANDS) as [string, CommandDef][]
  return (
    <>
      {GROUPS.map((group) => (
        <section key={group} aria-labelledby={`${idPrefix}-${group}`}>
          <h3 id={`${idPrefix}-${group}`}>{t(`keys.groups.${group}`)}</h3>
          <dl className="shortcuts-sheet__list">
            {commands
              .filter(([, def]) => def.group === group)
              .map(([id, def]) => (
                <div key={id} className="shortcuts-sheet__row">
                  <dt>{t(def.label)}</dt>
                  <dd>
                    {(def.keys as readonly KeyChord[]).map((chord) => (
                      <Kbd key={chordLabel(chord)}>{chordLabel(chord)}</Kbd>
                    ))}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </>
  )
}
