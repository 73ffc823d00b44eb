/**
 * Body chunks (BodyEditor renderChunk) are skipped by the browser while off screen
 * (`content-visibility: auto`), and the browser's own caret movement cannot enter a skipped chunk:
 * ArrowDown at the end of a chunk whose neighbour is off screen would jump to the next chunk that
 * is drawn, hundreds of blocks further. So the chunks holding the selection and their neighbours
 * are marked `data-near` and always drawn (editor.css).
 */
export function keepNearChunksDrawn(root: Document = document): () => void {
  let near = new Set<Element>()
  const chunkOf = (node: Node | null): Element | null =>
    (node instanceof Element ? node : (node?.parentElement ?? null))?.closest('.ed-chunk') ?? null
  const update = () => {
    const selection = root.getSelection()
    const next = new Set<Element>()
    for (const chunk of [
      chunkOf(selection?.anchorNode ?? null),
      chunkOf(selection?.focusNode ?? null),
    ]) {
      for (const el of [chunk, chunk?.previousElementSibling, chunk?.nextElementSibling]) {
        if (el?.classList.contains('ed-chunk')) {
          next.add(el)
        }
      }
    }
    for (const el of near) {
      if (!next.has(el)) {
        el.removeAttribute('data-near')
      }
    }
    for (const el of next) {
      if (!near.has(el)) {
        el.setAttribute('data-near', '')
      }
    }
    near = next
  }
  root.addEventListener('selectionchange', update)
  return () => {
    root.removeEventListener('selectionchange', update)
    near.forEach(el => el.removeAttribute('data-near'))
  }
}
