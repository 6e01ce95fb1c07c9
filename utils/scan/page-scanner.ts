import { describeSpan } from '../anchor/selectors';
import { collectAllText } from '../extract/all-text';
import { collectText, extractArticleSteps, offsetsForRange, rangeForOffsets } from '../extract/article';
import { detectClaims, detectSteps } from '../detect';
import type { ShouldYield, Steps } from '../steps';
import type { ArticleText } from '../extract/types';
import type { Highlighter } from '../highlight/highlighter';
import type { PrivateMark, PrivateMarks } from '../highlight/mark-layer';
import type { AnchorView, ClaimView, PageClaims, SelectionTarget } from '../messaging';
import type { Annotation, Page } from '../model/annotation';
import type { Claim, DetectOptions, Detector } from '../model/claim';
import { detectionViewSteps, joinAnnotations } from './join-annotations';
import { readPageInfo } from './page-info';
import { sentenceAround } from './sentence';
import { defaultYield, Slices, type Scheduler } from './slices';

export type { Scheduler } from './slices';

export interface PageScannerDeps {
  doc?: Document;
  detect: Detector;
  /** Public marks: what the detector found, by kind (CSS.highlights). */
  highlighter: Highlighter | null;
  /** Private marks: verdicts, passages, dismissals, focus (a closed shadow root). */
  markLayer?: PrivateMarks | null;
  loadAnnotations(page: Page): Promise<Annotation[]>;
  scheduler: Scheduler;
  /** Longest slice of main-thread work (extracting, detecting, marking), in ms; the rest waits for the next task. */
  frameBudgetMs?: number;
  /**
   * Gives the page its main thread back between slices. Default:
   * `scheduler.yield()` where the browser has it, else `scheduler.setTimeout(…, 0)`.
   */
  yieldToBrowser?: () => Promise<void>;
  /**
   * The detector as steps that pause when `shouldYield` says so. Default:
   * the stepwise form of `detectClaims` when `detect` is it, else `detect` in one step.
   */
  detectSteps?: (text: string, options: DetectOptions | undefined, shouldYield: ShouldYield) => Steps<Claim[]>;
  /** At most this many detected claims are marked (huge pages); the list still has them all. */
  markCap?: number;
  /** Called after a scan, an added chunk or re-joined annotations, so open views list the page again. */
  onChanged?(): void;
}

/** What the scanner knows of one piece of the page's text. */
interface Chunk {
  /** Stable for the chunk's life (claim keys are built from it). */
  id: number;
  article: ArticleText;
  /** What the detector found, as views: kept so stored annotations can be re-joined without detecting again. */
  detections: ClaimView[];
  /** The detections with the annotations joined to them, in reading order. */
  views: ClaimView[];
  /** Keys of views that are detections (public marks); the others come from annotations only. */
  detectedKeys: Set<string>;
  ranges: Map<string, Range>;
}

/** Below this much article text the page probably has not rendered its story yet. */
const THIN_ARTICLE = 400;
const DEFAULT_MARK_CAP = 5000;
/**
 * Public marks in one text node at most. Browsers paint the highlights of a
 * text node in time that grows with the square of their number (Chromium:
 * 400 ranges in one node 0.3 s a frame, 3,200 ranges 4.4 s; Firefox alike), so
 * a hostile run like "(1(1(1…" froze the tab for seconds at every repaint.
 * Prose has a few claims per paragraph and a results table puts each figure
 * in its own cell: past this many, a node is a dump, listed in the panel but
 * not marked.
 */
export const MARKS_PER_TEXT_NODE = 64;
const FLASH_MS = 1600;
const MAX_ADDED_ROOTS = 64;
/** Claims in one text from which marking starts at the viewport rather than at the top. */
const VIEWPORT_FIRST_FROM = 500;

/** Indices 0..n-1 from `start` outwards: start, start+1, start-1, start+2, … */
export function outwardFrom(start: number, n: number): number[] {
  const order: number[] = [];
  for (let step = 0; order.length < n; step++) {
    if (start + step < n) order.push(start + step);
    if (step > 0 && start - step >= 0) order.push(start - step);
  }
  return order;
}

/**
 * Everything the content script does to a page, with the browser parts
 * passed in: extract the article text, detect claims, join stored
 * annotations (each in exactly one anchoring state), and mark the claims in
 * slices that keep the page responsive.
 */
export class PageScanner {
  private readonly doc: Document;
  private chunks: Chunk[] = [];
  /** The whole page's text, read only when an annotation is not found in the article (a caption, a sidebar). */
  private pageChunk: Chunk | null = null;
  /** The story's headline, read on its own (the article text leaves it out): listed and marked first. */
  private headlineChunk: Chunk | null = null;
  private annotations: Annotation[] = [];
  private anchors: AnchorView[] = [];
  /** The page's identity, read when first needed (scanPage reads it afresh), not when the scanner is built. */
  private pageRead: Page | null = null;
  private scanMs = 0;
  private generation = 0;
  private publicMarks = 0;
  private flashToken = 0;
  private nextChunkId = 0;
  private scans = 0;
  private busyMs = 0;

  constructor(private readonly deps: PageScannerDeps) {
    this.doc = deps.doc ?? document;
  }

  private get page(): Page {
    return (this.pageRead ??= readPageInfo(this.doc));
  }

  get url(): string {
    return this.page.url;
  }

  /** Whether anything is listed (and so can be under the pointer). */
  get hasClaims(): boolean {
    return this.allChunks().some((c) => c.views.length > 0);
  }

  /** Full scan: on load and after in-page navigation. Resolves when every claim is marked. */
  async scanPage(): Promise<void> {
    const generation = ++this.generation;
    this.scans++;
    const slices = this.slicesFor(generation);
    this.pageRead = readPageInfo(this.doc);
    // Read the page in tasks of its own: the caller (the content script's start-up) has used the current one.
    if (!(await slices.pause())) return;
    const extracted = await slices.run(extractArticleSteps(this.doc, {}, slices.shouldYield));
    if (!extracted) return;
    const article = extracted.value;
    const extractMs = slices.takeBusy();
    const annotations = await slices.idle(this.deps.loadAnnotations(this.page).catch(() => [] as Annotation[]));
    if (generation !== this.generation) return;
    this.annotations = annotations;
    this.chunks = [];
    this.pageChunk = null;
    this.headlineChunk = null;
    this.publicMarks = 0;
    this.scanMs = 0;
    this.deps.highlighter?.clear();
    await this.addChunk(article, slices, extractMs);
    // Headlines carry claims too ("Russia lost 1,200 soldiers a day, UK says"); not on a page that is no story.
    const headline = article.isArticle !== false && article.text ? article.headline : undefined;
    if (headline && generation === this.generation) {
      await this.addChunk(collectAllText(headline), slices, 0, (chunk) => void (this.headlineChunk = chunk));
    }
    if (generation === this.generation) this.deps.onChanged?.();
  }

  /** Content that arrived later: only the new subtrees are read and detected. */
  async scanAdded(roots: Node[]): Promise<void> {
    const main = this.chunks[0]?.article;
    if (!main || main.text.length < THIN_ARTICLE || !main.root) return this.scanPage();
    // A busy page replaces what it added before: forget chunks whose text left the page (and their marks).
    for (const chunk of this.chunks.slice(1)) {
      if (chunk.article.root?.isConnected) continue;
      for (const view of chunk.detections) {
        const range = chunk.ranges.get(view.key);
        if (!range) continue;
        this.deps.highlighter?.remove(view.claim.type, range);
        this.publicMarks--;
      }
      this.chunks.splice(this.chunks.indexOf(chunk), 1);
    }
    // Very many separate additions are cheaper to read as one page again.
    if (roots.length > MAX_ADDED_ROOTS) return this.scanPage();
    const generation = this.generation;
    const slices = this.slicesFor(generation);
    let added = false;
    for (const root of roots) {
      if (generation !== this.generation) return;
      if (!root.isConnected || !main.root.contains(root)) continue;
      // Already read as part of an earlier added chunk (or re-added as is).
      if (this.chunks.slice(1).some((c) => c.article.root?.contains(root))) continue;
      slices.takeBusy();
      const article = collectText(root, this.doc);
      if (article.text.trim().length < 20) continue;
      await this.addChunk(article, slices, slices.takeBusy());
      added = true;
    }
    if (added && generation === this.generation) this.deps.onChanged?.();
  }

  /** Stored annotations changed (a view saved): re-join and re-mark without re-detecting. */
  async refreshAnnotations(): Promise<void> {
    const generation = this.generation;
    const annotations = await this.deps.loadAnnotations(this.page).catch(() => this.annotations);
    if (generation !== this.generation) return;
    this.annotations = annotations;
    this.join();
    for (const chunk of this.allChunks()) await this.markAnnotated(chunk, generation);
    this.renderPrivate();
    this.deps.onChanged?.();
  }

  listClaims(scanning = true, offset = 0, limit = Number.POSITIVE_INFINITY): PageClaims {
    const all = this.allChunks().flatMap((c) => c.views);
    return {
      page: this.page,
      lang: this.chunks[0]?.article.lang,
      scanning,
      claims: all.slice(offset, offset + limit),
      offset,
      total: all.length,
      marked: this.publicMarks,
      anchors: this.anchors,
      orphanIds: this.anchors.filter((a) => a.state === 'orphan').map((a) => a.annotationId),
      scanMs: Math.round(this.scanMs * 10) / 10,
      scans: this.scans,
      busyMs: Math.round(this.busyMs),
    };
  }

  /** Scrolls the page to a claim, outlines it and flashes it. */
  focus(key: string): boolean {
    const range = this.rangeOf(key);
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const layer = this.deps.markLayer;
    if (layer) {
      const token = ++this.flashToken;
      layer.setFocus(range);
      // Smooth scrolling moves the text after the boxes were placed: draw again once it settles.
      this.deps.scheduler.setTimeout(() => token === this.flashToken && layer.flash(range), 350);
      this.deps.scheduler.setTimeout(() => token === this.flashToken && layer.flash(null), FLASH_MS);
    }
    return true;
  }

  /** The claim drawn at a point of the page (highlights get no events, so clicks are hit-tested here). */
  claimAt(node: Node, offset: number, x: number, y: number): { key: string; annotationId?: string } | null {
    for (const chunk of this.allChunks()) {
      if (!chunk.article.root?.contains(node) && chunk !== this.pageChunk) continue;
      const probe = this.doc.createRange();
      try {
        probe.setStart(node, offset);
      } catch {
        continue;
      }
      const at = offsetsForRange(chunk.article, probe);
      if (!at) continue;
      // Views are sorted by start: the last few starting at or before the offset may cover it (binary search,
      // as this runs on pointer moves over pages of 100,000 claims); the drawn boxes confirm.
      const views = chunk.views;
      let lo = 0;
      let hi = views.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (views[mid].claim.start <= at.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
        const view = views[i];
        if (view.claim.end < at.start) continue;
        const range = chunk.ranges.get(view.key);
        if (range && [...range.getClientRects()].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1)) {
          return { key: view.key, annotationId: view.annotationId };
        }
      }
    }
    return null;
  }

  /** The view (claim + its annotation id) under a key, for the hover card. */
  viewOf(key: string): ClaimView | undefined {
    for (const chunk of this.allChunks()) {
      const view = chunk.views.find((v) => v.key === key);
      if (view) return view;
    }
    return undefined;
  }

  annotationOf(id: string | undefined): Annotation | undefined {
    return id ? this.annotations.find((a) => a.id === id) : undefined;
  }

  /**
   * Describes a selection with the same W3C selectors as detected claims:
   * in the article text when it lies there, else in the whole page's text
   * (a caption, a sidebar). Null when it covers no readable text.
   */
  describeSelection(range: Range): SelectionTarget | null {
    for (const chunk of this.chunks) {
      const target = this.describeIn(chunk.article, range);
      if (target) return target;
    }
    return this.describeIn(this.readPageChunk().article, range);
  }

  clear(): void {
    this.generation++;
    this.chunks = [];
    this.pageChunk = null;
    this.headlineChunk = null;
    this.anchors = [];
    this.publicMarks = 0;
    this.deps.highlighter?.destroy();
    this.deps.markLayer?.setMarks([]);
  }

  private describeIn(article: ArticleText, range: Range): SelectionTarget | null {
    const at = offsetsForRange(article, range);
    if (!at || at.start >= at.end) return null;
    let { start, end } = at;
    const { text } = article;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) return null;
    return { target: describeSpan(text, start, end), text: text.slice(start, end), sentence: sentenceAround(text, start, end), page: this.page };
  }

  private allChunks(): Chunk[] {
    const chunks = this.headlineChunk ? [this.headlineChunk, ...this.chunks] : this.chunks;
    return this.pageChunk ? [...chunks, this.pageChunk] : chunks;
  }

  private readPageChunk(): Chunk {
    this.pageChunk ??= { id: this.nextChunkId++, article: collectAllText(this.doc.body ?? this.doc.documentElement), detections: [], views: [], detectedKeys: new Set(), ranges: new Map() };
    return this.pageChunk;
  }

  private rangeOf(key: string): Range | undefined {
    for (const chunk of this.allChunks()) {
      const range = chunk.ranges.get(key);
      if (range) return range;
    }
    return undefined;
  }

  /**
   * Joins the stored annotations with every chunk's detections. An
   * annotation not found in the article is looked for in the whole page's
   * text, read only then.
   */
  private join(): void {
    // Most pages have no annotation: their views are the detections as they are.
    if (this.annotations.length === 0) {
      for (const chunk of this.allChunks()) chunk.views = chunk.detections;
      this.anchors = [];
      return;
    }
    const asText = (c: Chunk) => ({ id: c.id, text: c.article.text, detections: c.detections });
    let chunks = this.allChunks();
    let result = joinAnnotations(chunks.map(asText), this.annotations);
    // The page's text is read the first time an annotation is missing from the article, then kept.
    if (!this.pageChunk && this.chunks.length > 0 && result.anchors.some((a) => a.state === 'orphan')) {
      this.readPageChunk();
      chunks = this.allChunks();
      result = joinAnnotations(chunks.map(asText), this.annotations);
    }
    result.views.forEach((views, index) => void (chunks[index].views = views));
    this.anchors = result.anchors;
  }

  /** A scan's slices: `frameBudgetMs` each, ending when a newer scan (or `clear`) supersedes `generation`. */
  private slicesFor(generation: number): Slices {
    const yieldToBrowser = this.deps.yieldToBrowser ?? defaultYield(this.deps.scheduler);
    return new Slices(this.deps.frameBudgetMs ?? 8, yieldToBrowser, () => generation === this.generation);
  }

  private detectIn(text: string, options: DetectOptions, shouldYield: ShouldYield): Steps<Claim[]> {
    if (this.deps.detectSteps) return this.deps.detectSteps(text, options, shouldYield);
    if (this.deps.detect === detectClaims) return detectSteps(text, options, shouldYield);
    const detect = this.deps.detect;
    return (function* oneStep() {
      return detect(text, options);
    })();
  }

  /**
   * Detects, joins and marks one text in slices. `spentMs`: time already
   * spent reading this text, counted in the page's scan time.
   */
  private async addChunk(article: ArticleText, slices: Slices, spentMs: number, keep: (chunk: Chunk) => void = (chunk) => void this.chunks.push(chunk)): Promise<void> {
    const generation = this.generation;
    const id = this.nextChunkId++;
    const detected = await slices.run(this.detectIn(article.text, { lang: article.lang ?? this.chunks[0]?.article.lang }, slices.shouldYield));
    if (!detected) return;
    const viewed = await slices.run(detectionViewSteps(id, article.text, detected.value, slices.shouldYield));
    if (!viewed) return;
    const detections = viewed.value;
    const chunk: Chunk = { id, article, detections, views: detections, detectedKeys: new Set(detections.map((v) => v.key)), ranges: new Map() };
    keep(chunk);
    this.join();
    await this.markChunk(chunk, slices);
    for (const other of this.allChunks()) if (other !== chunk) await this.markAnnotated(other, generation);
    await this.markAnnotated(chunk, generation);
    if (generation === this.generation) this.renderPrivate();
    const spent = spentMs + slices.takeBusy();
    this.scanMs += spent;
    this.busyMs += spent;
  }

  /**
   * Builds DOM ranges in time-boxed slices; each detected claim's public mark
   * is added as its range is built, so marks appear progressively and no
   * slice re-renders what came before.
   */
  private async markChunk(chunk: Chunk, slices: Slices): Promise<void> {
    const cap = this.deps.markCap ?? DEFAULT_MARK_CAP;
    const order = outwardFrom(this.firstVisible(chunk), chunk.views.length);
    const marksInNode = new Map<Node, number>();
    for (let index = 0; index < order.length; index++) {
      if (slices.shouldYield() && !(await slices.pause())) return;
      const view = chunk.views[order[index]];
      const isDetection = chunk.detectedKeys.has(view.key);
      // Past the cap only annotated claims are still marked: the user's work is always shown.
      if (isDetection && !view.annotationId && this.publicMarks >= cap) continue;
      const range = rangeForOffsets(chunk.article, view.claim.start, view.claim.end);
      if (!range) continue;
      const inNode = marksInNode.get(range.startContainer) ?? 0;
      if (isDetection && !view.annotationId && inNode >= MARKS_PER_TEXT_NODE) continue;
      marksInNode.set(range.startContainer, inNode + 1);
      chunk.ranges.set(view.key, range);
      if (isDetection && view.claim.type !== 'passage') {
        this.deps.highlighter?.add(view.claim.type, range);
        this.publicMarks++;
      }
    }
  }

  /**
   * On a long page, the first claim at or below the top of the viewport
   * (binary search over claims in reading order, O(log n) ranges built), so
   * marking starts where the reader is; 0 on short pages or without layout.
   */
  private firstVisible(chunk: Chunk): number {
    const views = chunk.views;
    if (views.length < VIEWPORT_FIRST_FROM || !this.doc.defaultView) return 0;
    let lo = 0;
    let hi = views.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const rect = rangeForOffsets(chunk.article, views[mid].claim.start, views[mid].claim.end)?.getBoundingClientRect();
      if (!rect || (rect.width === 0 && rect.height === 0)) return 0; // no layout to go by
      if (rect.bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** After a re-join: ranges for annotated views that have none yet (detections keep theirs). */
  private async markAnnotated(chunk: Chunk, generation: number): Promise<void> {
    if (generation !== this.generation) return;
    const keys = new Set(chunk.views.map((v) => v.key));
    for (const key of [...chunk.ranges.keys()]) {
      if (!keys.has(key)) chunk.ranges.delete(key);
    }
    for (const view of chunk.views) {
      if (!view.annotationId || chunk.ranges.has(view.key)) continue;
      const range = rangeForOffsets(chunk.article, view.claim.start, view.claim.end);
      if (range) chunk.ranges.set(view.key, range);
    }
  }

  private renderPrivate(): void {
    const layer = this.deps.markLayer;
    if (!layer) return;
    const marks: PrivateMark[] = [];
    for (const chunk of this.allChunks()) {
      for (const view of chunk.views) {
        if (!view.annotationId) continue;
        const range = chunk.ranges.get(view.key);
        if (!range) continue;
        marks.push({
          range,
          kind: view.claim.type,
          detected: chunk.detectedKeys.has(view.key),
          verdict: view.verdict,
          dismissed: view.dismissed,
          recheck: view.anchorState === 'changed',
        });
      }
    }
    layer.setMarks(marks);
  }
}
