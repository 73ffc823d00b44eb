/** A message for the notice bar, sent from anywhere in the page. */
export type Announcement = { readonly kind: 'error' | 'info'; readonly text: string }

const EVENT = 'skh:announce'

/** Shows a message in the notice bar. */
export function announce(kind: Announcement['kind'], text: string): void {
  window.dispatchEvent(new CustomEvent<Announcement>(EVENT, { detail: { kind, text } }))
}

/** Listens for messages; returns the unsubscribe function. */
export function onAnnounce(listener: (message: Announcement) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<Announcement>).detail)
  window.addEventListener(EVENT, handler)
  return () => window.removeEventListener(EVENT, handler)
}
