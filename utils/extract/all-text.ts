import { breakLevel, isNeverText } from './dom-rules';
import { TextBuilder } from './text-builder';
import type { ArticleText } from './types';
import { walk } from './walk';

/**
 * Every readable text node under `root` (scripts, styles and hidden elements
 * left out), with no boilerplate pruning: the text a user can select
 * anywhere in the page, for passages outside the article (a caption, a
 * sidebar) and annotations no longer found in it. Same 1:1 segment map as
 * the article text.
 */
export function collectAllText(root: Element): ArticleText {
  const out = new TextBuilder();
  try {
    walk(root, {
      enter(el) {
        if (isNeverText(el)) return false;
        const level = breakLevel(el.localName);
        if (level) out.breakLine(level);
        return true;
      },
      exit(el) {
        const level = breakLevel(el.localName);
        if (level) out.breakLine(level);
      },
      text(node) {
        out.addText(node);
      },
    });
  } catch {
    // A hostile page must never break the content script: what was read so far stands.
  }
  return { text: out.text(), segments: out.segments, root };
}
