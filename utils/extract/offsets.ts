import type { ArticleText, TextSegment } from './types';

/** Index of the first segment whose end is after `offset` (segments.length if none). */
function firstEndingAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment whose start is before `offset` (-1 if none). */
function lastStartingBefore(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A DOM Range over the page's own text nodes for text[start, end). Ends that
 * fall on separators (which belong to no node) snap inwards to the nearest
 * text. Null for an empty or out-of-range span, or a span of separators only.
 */
export function rangeForOffsets(article: ArticleText, start: number, end: number): Range | null {
  const { segments } = article;
  start = Math.max(0, start);
  end = Math.min(article.text.length, end);
  if (!(start < end) || segments.length === 0) return null;
  const first = firstEndingAfter(segments, start);
  const last = lastStartingBefore(segments, end);
  if (first >= segments.length || last < 0 || first > last) return null;
  const a = segments[first];
  const b = segments[last];
  const from = Math.max(start, a.start);
  const to = Math.min(end, b.end);
  const doc = a.node.ownerDocument;
  if (!doc) return null;
  try {
    const range = doc.createRange();
    range.setStart(a.node, a.nodeOffset + (from - a.start));
    range.setEnd(b.node, b.nodeOffset + (to - b.start));
    return range;
  } catch {
    // The page changed under us (node removed or shortened): no range rather than a wrong one.
    return null;
  }
}

/**
 * Text offsets of a DOM Range over article text: its boundary points are
 * placed among the segments by document order (binary search), so ranges
 * that start or end in elements or in skipped text still map to the text
 * they cover. Null when the range covers no article text.
 */
export function offsetsForRange(article: ArticleText, range: Range): { start: number; end: number } | null {
  const { segments } = article;
  if (segments.length === 0) return null;
  const doc = segments[0].node.ownerDocument;
  if (!doc) return null;
  try {
    const probe = doc.createRange();
    const start = boundaryOffset(segments, probe, range.startContainer, range.startOffset, 'start');
    const end = boundaryOffset(segments, probe, range.endContainer, range.endOffset, 'end');
    if (start === null || end === null) return null;
    if (start < end || (range.collapsed && start === end)) return { start, end };
    return null;
  } catch {
    return null;
  }
}

/**
 * The text offset of boundary point (container, offset). A point outside
 * every segment maps to the next segment's start (for a range start) or the
 * previous segment's end (for a range end).
 */
function boundaryOffset(
  segments: TextSegment[],
  probe: Range,
  container: Node,
  offset: number,
  side: 'start' | 'end',
): number | null {
  probe.setStart(container, offset);
  probe.collapse(true);
  // Last segment whose first character is at or before the point.
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = segments[mid];
    if (probe.comparePoint(s.node, s.nodeOffset) <= 0) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  if (i < 0) return side === 'start' ? segments[0].start : null;
  const s = segments[i];
  const length = s.end - s.start;
  if (container === s.node && offset <= s.nodeOffset + length) return s.start + (offset - s.nodeOffset);
  if (side === 'end' || i + 1 >= segments.length) return side === 'end' ? s.end : null;
  return segments[i + 1].start;
}
