/**
 * Depth-first walk with enter/exit events over elements and text, using one
 * TreeWalker. `enter` returning false prunes the element's subtree (exit is
 * still called, so callers can keep balanced stacks).
 */
export interface WalkVisitor {
  enter(el: Element): boolean;
  exit(el: Element): void;
  text(node: Text): void;
}

// NodeFilter constants spelled out: the global `NodeFilter` is absent outside a window (tsx + jsdom).
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const ELEMENT_NODE = 1;

export function walk(root: Node, visitor: WalkVisitor): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let node: Node | null = walker.firstChild();
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (visitor.enter(el) && walker.firstChild()) {
        node = walker.currentNode;
        continue;
      }
      visitor.exit(el);
    } else {
      visitor.text(node as Text);
    }
    // Climb until a next sibling exists, closing the elements we leave.
    while (!walker.nextSibling()) {
      const parent = walker.parentNode();
      if (!parent || parent === root) return;
      visitor.exit(parent as Element);
    }
    node = walker.currentNode;
  }
}
