/**
 * Depth-first walk with enter/exit events over elements and text, using one
 * TreeWalker per tree. `enter` returning false prunes the element's subtree
 * (exit is still called, so callers can keep balanced stacks).
 *
 * The walk follows what is rendered rather than the light DOM alone: an
 * element with an open shadow root is read through its shadow tree (a
 * <slot> there reads the light nodes assigned to it), and a same-origin
 * iframe through its document's body. Closed shadow roots and cross-origin
 * frames are out of reach, as for any page script.
 */
export interface WalkVisitor {
  enter(el: Element): boolean;
  exit(el: Element): void;
  text(node: Text): void;
}

import { NEVER_YIELD, runToEnd, type ShouldYield, type Steps } from '../steps';

// NodeFilter constants spelled out: the global `NodeFilter` is absent outside a window (tsx + jsdom).
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Shadow hosts and frames nested deeper than this are not read (a hostile page could nest without end). */
const MAX_TREE_DEPTH = 8;

/** What is rendered in place of an element's light children, if anything else is. */
function renderedInstead(el: Element): Node | Node[] | null {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return shadow;
  const tag = el.localName;
  if (tag === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.();
    return assigned && assigned.length > 0 ? assigned : null;
  }
  if (tag === 'iframe' || tag === 'frame') {
    try {
      // Null for a cross-origin frame; some browsers throw instead.
      return (el as HTMLIFrameElement).contentDocument?.body ?? [];
    } catch {
      return [];
    }
  }
  return null;
}

export function walk(root: Node, visitor: WalkVisitor, depth = 0): void {
  runToEnd(walkSteps(root, visitor, NEVER_YIELD, depth));
}

/** Elements entered between two questions to `shouldYield` (a clock read per element would cost more than the walk). */
const CHECK_EVERY = 64;

/**
 * `walk` as steps: it pauses between elements when `shouldYield` says so.
 * The TreeWalker keeps its place while paused; a page that changes the
 * tree meanwhile is walked as it is then (the DOM's own rules for a walker).
 */
export function* walkSteps(root: Node, visitor: WalkVisitor, shouldYield: ShouldYield, depth = 0): Steps<void> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT);
  let node: Node | null = walker.firstChild();
  let entered = 0;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      if (++entered % CHECK_EVERY === 0 && shouldYield()) yield;
      const el = node as Element;
      if (visitor.enter(el)) {
        const instead = renderedInstead(el);
        if (instead === null) {
          if (walker.firstChild()) {
            node = walker.currentNode;
            continue;
          }
        } else if (depth < MAX_TREE_DEPTH) {
          yield* walkInstead(instead, visitor, shouldYield, depth + 1);
        }
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

function* walkInstead(instead: Node | Node[], visitor: WalkVisitor, shouldYield: ShouldYield, depth: number): Steps<void> {
  if (!Array.isArray(instead)) {
    yield* walkSteps(instead, visitor, shouldYield, depth);
    return;
  }
  // A slot's assigned nodes: each is read with its own subtree.
  for (const node of instead) {
    if (node.nodeType === TEXT_NODE) visitor.text(node as Text);
    else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (visitor.enter(el)) {
        const inner = renderedInstead(el);
        if (inner === null) yield* walkSteps(el, visitor, shouldYield, depth);
        else if (depth < MAX_TREE_DEPTH) yield* walkInstead(inner, visitor, shouldYield, depth + 1);
      }
      visitor.exit(el);
    }
  }
}
