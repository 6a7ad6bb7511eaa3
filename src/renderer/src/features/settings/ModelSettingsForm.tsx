import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toLatinDigits, toPersianDigits } from '../../../../shared/dates'
import { MODEL_LIMITS } from '../../../../shared/summary/modelSettings'
import { useAppServices } from '../../app/AppServicesContext'
import { isLoopbackHost } from '../../../../shared/summary/loopback'
import { checkModelSettings, readModelSettings, writeModelSettings, type ModelSettingsProblem, type StoredModelSettings } from './modelSettings'

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'savedRemoteOff' } | { kind: 'invalid'; problem: ModelSettingsProblem } | { kind: 'failed' }

/** Endpoint, model name, the loopback override (with its warning) and the timeout, stored in Dexie. */
export function ModelSettingsForm(): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const { settings } = useAppServices()
  const id = useId()
  const [values, setValues] = useState<StoredModelSettings | null>(null)
  const [seconds, setSeconds] = useState('')
  const [status, setStatus] = useState<Status>({ kind: 'idle' })

  useEffect(() => {
    void readModelSettings(settings).then((stored) => {
      setValues(stored)
      const secs = String(Math.round(stored.timeoutMs / 1000))
      setSeconds(i18n.language === 'fa' ? toPersianDigits(secs) : secs)
    })
  }, [settings, i18n.language])
  if (!values) return <section className="settings__section" aria-busy="true" />

  const change = (patch: Partial<StoredModelSettings>): void => {
    setValues({ ...values, ...patch })
    setStatus({ kind: 'idle' })
  }
  const save = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault()
    // Digits may be typed in Persian; Number() only reads Latin ones.
    const secs = Number(toLatinDigits(seconds.trim()))
    const checked = checkModelSettings({ ...values, timeoutMs: Number.isFinite(secs) ? Math.round(secs * 1000) : NaN })
    if (!checked.ok) return setStatus({ kind: 'invalid', problem: checked.problem })
    try {
      await writeModelSettings(settings, checked.value)
      setValues(checked.value)
      // Never silently: a remote address with remote use off is kept, but every draft will be refused.
      setStatus({ kind: isRemoteButNotAllowed(checked.value) ? 'savedRemoteOff' : 'saved' })
    } catch {
      setStatus({ kind: 'failed' })
    }
  }
  const invalid = (problem: ModelSettingsProblem): boolean => status.kind === 'invalid' && status.problem === problem
  const fmt = (n: number): string => new Intl.NumberFormat(i18n.language).format(n)

  return (
    <form className="settings__section model-settings" onSubmit={(e) => void save(e)} noValidate data-testid="model-settings">
      <h2>{t('settings.model.heading')}</h2>
      <p className="settings__intro">{t('settings.model.intro')}</p>

      <label htmlFor={`${id}-endpoint`}>{t('settings.model.endpoint')}</label>
      <input
        id={`${id}-endpoint`}
        type="url"
        dir="ltr"
        lang="en"
        spellCheck={false}
        maxLength={MODEL_LIMITS.endpointChars}
        value={values.endpoint}
        aria-invalid={invalid('endpoint')}
        aria-describedby={`${id}-endpoint-hint`}
        onChange={(e) => change({ endpoint: e.target.value })}
        data-testid="model-endpoint"
      />
      <p id={`${id}-endpoint-hint`} className="settings__hint">{t('settings.model.endpointHint')}</p>

      <label htmlFor={`${id}-model`}>{t('settings.model.name')}</label>
      <input
        id={`${id}-model`}
        type="text"
        dir="ltr"
        lang="en"
        spellCheck={false}
        maxLength={MODEL_LIMITS.modelChars}
        value={values.model}
        aria-invalid={invalid('model')}
        aria-describedby={`${id}-model-hint`}
        onChange={(e) => change({ model: e.target.value })}
        data-testid="model-name"
      />
      <p id={`${id}-model-hint`} className="settings__hint">{t('settings.model.nameHint')}</p>

      <label htmlFor={`${id}-timeout`}>{t('settings.model.timeout', { min: fmt(MODEL_LIMITS.minTimeoutMs / 1000), max: fmt(MODEL_LIMITS.maxTimeoutMs / 1000) })}</label>
      <input
        id={`${id}-timeout`}
        type="text"
        inputMode="numeric"
        dir="ltr"
        className="settings__short"
        value={seconds}
        aria-invalid={invalid('timeout')}
        onChange={(e) => {
          setSeconds(e.target.value)
          setStatus({ kind: 'idle' })
        }}
        data-testid="model-timeout"
      />

      <label className="settings__check">
        <input type="checkbox" checked={values.allowNonLoopback} onChange={(e) => change({ allowNonLoopback: e.target.checked })} data-testid="model-allow-remote" />
        <span>{t('settings.model.allowNonLoopback')}</span>
      </label>
      {!values.allowNonLoopback && isRemoteButNotAllowed(values) ? (
        <p className="settings__warning" data-testid="model-remote-off">
          {t('settings.model.remoteOff')}
        </p>
      ) : null}
      {values.allowNonLoopback ? (
        <p className="settings__warning" role="alert" data-testid="model-remote-warning">
          {t('settings.model.nonLoopbackWarning')}
        </p>
      ) : null}

      <div className="settings__actions">
        <button type="submit" className="button--primary" data-testid="model-save">
          {t('settings.model.save')}
        </button>
        <span role="status" className={`settings__status settings__status--${status.kind}`} data-testid="model-settings-status">
          {status.kind === 'saved' ? t('settings.model.saved') : null}
          {status.kind === 'savedRemoteOff' ? t('settings.model.savedRemoteOff') : null}
          {status.kind === 'invalid' ? t(`settings.model.invalid.${status.problem}`) : null}
          {status.kind === 'failed' ? t('settings.model.saveFailed') : null}
        </span>
      </div>
    </form>
  )
}

/** An address off this computer while remote use is not allowed: the main process will refuse every draft. */
function isRemoteButNotAllowed(values: StoredModelSettings): boolean {
  if (values.allowNonLoopback) return false
  try {
    return !isLoopbackHost(new URL(values.endpoint.trim()).hostname)
  } catch {
    return false
  }
}
