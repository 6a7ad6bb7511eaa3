import { useTranslation } from 'react-i18next'

/** An unsaved draft found when an editor opens: the researcher takes it back or lets it go. */
export function DraftOffer({ text, onTake, onDecline }: { text: string; onTake: () => void; onDecline: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="draft-offer" role="status" data-testid="draft-offer">
      <p>{t('drafts.found', { count: text.length })}</p>
      <p className="draft-offer__preview" dir="auto">
        {text.slice(0, 140)}
        {text.length > 140 ? '…' : ''}
      </p>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onTake} data-testid="draft-take">
        {t('drafts.take')}
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onDecline} data-testid="draft-decline">
        {t('drafts.decline')}
      </button>
    </div>
  )
}
