import { useCallback, useEffect, useState } from 'react'
import { useAppServices } from '@renderer/app/AppServicesContext'
import { useStoredSetting } from '@renderer/app/liveData'
import { DEFAULT_TEXT_SIZE, isTextSize, SETTING_TEXT_SIZE } from '@renderer/db/settings'

/**
 * The reader's text size: shown at once when changed, remembered in the settings, and following
 * the stored setting whoever writes it (a restored backup or journal applies without a reload).
 */
export function useTextSize(): [number, (size: number) => void] {
  const { settings } = useAppServices()
  const stored = useStoredSetting(SETTING_TEXT_SIZE)
  // A size just chosen, shown until the write comes back as the stored value.
  const [chosen, setChosen] = useState<number | null>(null)
  useEffect(() => setChosen((c) => (c === stored ? null : c)), [stored])
  const change = useCallback(
    (size: number) => {
      setChosen(size)
      void settings.write(SETTING_TEXT_SIZE, size)
    },
    [settings]
  )
  return [chosen ?? (isTextSize(stored) ? stored : DEFAULT_TEXT_SIZE), change]
}
