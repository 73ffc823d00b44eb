import { memo, type JSX, type KeyboardEvent } from 'react'
import type { NodeEntry, Range } from 'slate'
import {
  Editable,
  type RenderChunkProps,
  type RenderElementProps,
  type RenderLeafProps,
} from 'slate-react'

/** Props of the editable surface. */
type SurfaceProps = {
  decorate: ((entry: NodeEntry) => Range[]) | undefined
  renderElement: (props: RenderElementProps) => JSX.Element
  renderLeaf: (props: RenderLeafProps) => JSX.Element
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
}

/**
 * The editable surface, memoised: when the plan above re-renders (after this editor's own change)
 * Slate's 1,000 elements are not reconciled again; Slate re-renders what changed by itself.
 */
export const EditableSurface = memo(function EditableSurface(props: SurfaceProps) {
  return (
    <Editable
      {...(props.decorate ? { decorate: props.decorate } : {})}
      className="ed-body"
      aria-label="Nội dung kế hoạch"
      data-testid="body-editor"
      renderElement={props.renderElement}
      renderLeaf={props.renderLeaf}
      renderChunk={renderChunk}
      onKeyDown={props.onKeyDown}
      spellCheck={false}
      lang="vi"
    />
  )
})

/**
 * Each lowest chunk of ~100 blocks gets a wrapper that the browser skips (layout, paint, hit
 * testing) while it is off screen (`content-visibility: auto`, editor.css): a keystroke then lays
 * out the chunk being typed in, not the whole plan.
 */
function renderChunk({ attributes, children, lowest }: RenderChunkProps): JSX.Element {
  return lowest ? (
    <div {...attributes} className="ed-chunk">
      {children}
    </div>
  ) : (
    <>{children}</>
  )
}
