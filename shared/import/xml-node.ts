/** A parsed XML element: qualified name (`w:p`), attributes, and children in order. */
export type XmlElement = {
  readonly name: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: readonly XmlNode[]
}

/** A node of a parsed XML tree: an element or a text string (entities already decoded). */
export type XmlNode = XmlElement | string

/** Parses XML text into its root element; the Node side supplies the real parser. */
export type XmlParser = (text: string) => XmlElement

/** Whether a node is an element (not text). */
export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object' && node !== null
}

/** Child elements, optionally only those named `name`. */
export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter(
    (c): c is XmlElement => isElement(c) && (name === undefined || c.name === name)
  )
}

/** The first child element named `name`. */
export function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node?.children.find((c): c is XmlElement => isElement(c) && c.name === name)
}

/** Follows a path of child names (`w:pPr`, `w:numPr`, `w:numId`). */
export function path(node: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = node
  for (const name of names) {
    current = child(current, name)
  }
  return current
}

/** The `w:val` (or another) attribute of the element at a path. */
export function val(node: XmlElement | undefined, ...names: string[]): string | undefined {
  return path(node, ...names)?.attrs['w:val']
}

/** Every descendant element named `name`, in document order. */
export function descendants(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = []
  const walk = (n: XmlElement): void => {
    for (const c of n.children) {
      if (isElement(c)) {
        if (c.name === name) {
          out.push(c)
        }
        walk(c)
      }
    }
  }
  walk(node)
  return out
}

/** Concatenated text of an element's direct text children. */
export function ownText(node: XmlElement): string {
  return node.children.filter((c): c is string => typeof c === 'string').join('')
}

/** A boolean toggle property (`<w:b/>`, `<w:b w:val="0"/>`): true, false, or undefined if absent. */
export function toggle(props: XmlElement | undefined, name: string): boolean | undefined {
  const el = child(props, name)
  if (!el) {
    return undefined
  }
  const v = el.attrs['w:val']
  return !(v === '0' || v === 'false' || v === 'off' || v === 'none')
}
