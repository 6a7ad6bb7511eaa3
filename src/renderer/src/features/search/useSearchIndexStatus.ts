import { useEffect, useState } from 'react'
import type { IndexStatus } from '../../search/protocol'
import type { SearchClient } from '../../search/searchClient'

export function useSearchIndexStatus(client: SearchClient): IndexStatus {
  const [status, setStatus] = useState(client.status())
  useEffect(() => client.onStatus(setStatus), [client])
  return status
}
