import { isSpace } from './text-metrics';
import type { TextSegment } from './types';

/**
 * Accumulates page text as segments that map 1:1 onto text nodes. Whitespace
 * runs are collapsed by cutting segments there and writing one separator
 * space that belongs to no node; block boundaries become "\n" or "\n\n".
 */
export class TextBuilder {
  readonly segments: TextSegment[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private pendingBreak: 0 | 1 | 2 = 0;
  private pendingSpace = false;

  /** A block boundary: the next text starts a new line (1) or paragraph (2). */
  breakLine(level: 0 | 1 | 2): void {
    if (level > this.pendingBreak) this.pendingBreak = level;
  }

  addText(node: Text): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const spaceStart = i;
      while (i < n && isSpace(data.charCodeAt(i))) i++;
      if (i > spaceStart) this.pendingSpace = true;
      if (i >= n) break;
      // A segment runs over words joined by single plain spaces; longer or other whitespace cuts it.
      const start = i;
      while (i < n) {
        const c = data.charCodeAt(i);
        if (!isSpace(c)) i++;
        else if (c === 32 && i + 1 < n && !isSpace(data.charCodeAt(i + 1))) i += 2;
        else break;
      }
      this.emit(node, start, i);
    }
  }

  private emit(node: Text, from: number, to: number): void {
    if (this.length > 0) {
      const sep = this.pendingBreak === 2 ? '\n\n' : this.pendingBreak === 1 ? '\n' : this.pendingSpace ? ' ' : '';
      if (sep) {
        this.parts.push(sep);
        this.length += sep.length;
      }
    }
    this.pendingBreak = 0;
    this.pendingSpace = false;
    const slice = node.data.slice(from, to);
    this.parts.push(slice);
    this.segments.push({ node, start: this.length, end: this.length + slice.length, nodeOffset: from });
    this.length += slice.length;
  }

  get textLength(): number {
    return this.length;
  }

  text(): string {
    return this.parts.join('');
  }
}
