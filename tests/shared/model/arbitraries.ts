import fc from 'fast-check'

/** Raw (possibly badly nested, possibly unnormalised) block trees, as a foreign or broken file may hold. */
export const rawBlock = fc.letrec(tie => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      type: fc.constant('paragraph'),
      id: fc.option(fc.string({ minLength: 1, maxLength: 4 }), { nil: undefined }),
      content: fc.array(fc.record({ text: fc.string(), bold: fc.boolean() }), { maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant('item'),
      id: fc.option(fc.string({ minLength: 1, maxLength: 4 }), { nil: undefined }),
      style: fc.constantFrom('decimal', 'letter', 'dash', 'plus', 'bogus'),
      heading: fc.boolean(),
      content: fc.array(fc.record({ text: fc.string() }), { maxLength: 2 }),
      children: fc.array(tie('block'), { maxLength: 3 }),
    })
  ),
})).block

/** Raw section lists in any order, with missing or duplicated required roles. */
export const rawSections = fc.array(
  fc.record({
    type: fc.constant('section'),
    id: fc.string({ minLength: 1, maxLength: 4 }),
    role: fc.constantFrom('purpose', 'tasks', 'extra', 'organization', 'weird'),
    title: fc.string(),
    children: fc.array(rawBlock, { maxLength: 3 }),
  }),
  { maxLength: 6 }
)

/** Every `text` string under a raw value, in document order. */
export function textsOf(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.flatMap(textsOf)
  }
  if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>
    return [
      ...(typeof obj.text === 'string' ? [obj.text] : []),
      ...Object.entries(obj)
        .filter(([k]) => k !== 'text')
        .flatMap(([, v]) => textsOf(v)),
    ]
  }
  return []
}
