import { useCallback, useEffect, useState } from 'react'
import { useAppServices } from '@renderer/app/AppServicesContext'
import { DEFAULT_TEXT_SIZE, isTextSize, SETTING_TEXT_SIZE } from '@renderer/db/settings'

/** The reader's text size: shown at once when changed, remembered in the settings. */
export function useTextSize(): [number, (size: number) => void] {
  const { settings } = useAppServices()
  const [textSize, setTextSize] = useState(DEFAULT_TEXT_SIZE)
  useEffect(() => {
    void settings.read(SETTING_TEXT_SIZE, isTextSize, DEFAULT_TEXT_SIZE).then(setTextSize)
  }, [settings])
  const change = useCallback(
    (size: number) => {
      setTextSize(size)
      void settings.write(SETTING_TEXT_SIZE, size)
    },
    [settings]
  )
  return [textSize, change]
}
