// The scanner anchors through the one implementation the anchor CLI uses too.
export { anchorAnnotations } from '../anchor/anchor-states';
export type { AnnotationAnchor as AnchorResult } from '../anchor/anchor-states';
