import { useEffect, useState } from 'react'
import type { Taxonomy } from '../../../shared/model/taxonomy'
import { useWorkspace } from '../../workspace/workspace'

let loaded: Promise<readonly Taxonomy[]> | undefined

/** The taxonomies (PAPI, CCHC …), asked from main once per window. */
export function useTaxonomies(): readonly Taxonomy[] {
  const { library } = useWorkspace()
  const [taxonomies, setTaxonomies] = useState<readonly Taxonomy[]>([])
  useEffect(() => {
    let live = true
    loaded ??= library['taxonomy:list']()
    void loaded.then(list => {
      if (live) {
        setTaxonomies(list)
      }
    })
    return () => {
      live = false
    }
  }, [library])
  return taxonomies
}
