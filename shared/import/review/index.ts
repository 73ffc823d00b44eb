/** The clerk's review of an imported plan: loose paragraphs and the roles they can be given. */
export { looseParagraphs, type LooseParagraph, type LooseWhere } from './loose-paragraphs'
export { reassignParagraph, type ParagraphRole, PARAGRAPH_ROLES } from './reassign-paragraph'
export { canStartSection } from './as-section'
export { reviewParts, type ReviewPart } from './review-parts'
