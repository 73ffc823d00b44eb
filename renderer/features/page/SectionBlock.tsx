import type { Section } from '../../../shared/model/types'
import { BlockList } from './BlockView'
import { useNumbering } from './page-context'

/** A section heading line: the computed Roman label and the title, caps bold. */
export function SectionHeading({ label, title }: { label: string; title: string }) {
  return (
    <h2 className="pg-section__heading">
      <span className="pg-label">{label} </span>
      {title}
    </h2>
  )
}

/** A Roman-numbered body section (`I. MỤC ĐÍCH, YÊU CẦU`) with its blocks. */
export function SectionBlock({ section, index }: { section: Section; index: number }) {
  const { labels } = useNumbering()
  return (
    <section
      className={`pg-section pg-section--${section.role}`}
      data-block-id={section.id}
      data-testid={`section-${index}`}
    >
      <SectionHeading label={labels.get(section.id) ?? ''} title={section.title} />
      <BlockList blocks={section.children} />
    </section>
  )
}
