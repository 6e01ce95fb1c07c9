/** One run of page text: text.slice(start, end) === node.data.slice(nodeOffset, nodeOffset + (end - start)). */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  nodeOffset: number;
}

/**
 * The readable text of an article plus the map back to the page's own text nodes.
 * Characters between segments (block separators, collapsed whitespace) belong to no node.
 */
export interface ArticleText {
  text: string;
  segments: TextSegment[];
  root: Element | null;
  lang?: string;
  title?: string;
  /** The story's headline element, left out of `text` (the scanner reads it apart, so its claims are still marked). */
  headline?: Element;
  /**
   * False when the page is not one story (a front page or section listing:
   * many short linked teasers and no dominant text block); the text is then
   * empty, so nothing is marked. Absent for text collected from a subtree.
   */
  isArticle?: boolean;
}
