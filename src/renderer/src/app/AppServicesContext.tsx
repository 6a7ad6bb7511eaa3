import { createContext, useContext } from 'react'
import type { AppServices } from './createAppServices'

const AppServicesContext = createContext<AppServices | null>(null)

export function AppServicesProvider({ services, children }: { services: AppServices; children: React.ReactNode }): React.JSX.Element {
  return <AppServicesContext.Provider value={services}>{children}</AppServicesContext.Provider>
}

/** The window's services; a component outside the provider is a wiring bug, said at once. */
export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext)
  if (!services) throw new Error('useAppServices: no AppServicesProvider above this component')
  return services
}
