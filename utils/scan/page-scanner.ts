import { collectText, extractArticle, rangeForOffsets } from '../extract/article';
import type { ArticleText } from '../extract/types';
import type { Highlighter, MarkedRange } from '../highlight/highlighter';
import type { ClaimView, PageClaims } from '../messaging';
import type { Annotation, Page } from '../model/annotation';
import type { Claim, Detector } from '../model/claim';
import { buildClaimViews } from './claim-views';
import { readPageInfo } from './page-info';

/** Timers of the caller's lifetime (WXT's ctx), so nothing outlives the content script. */
export interface Scheduler {
  setTimeout(run: () => void, ms: number): unknown;
}

export interface PageScannerDeps {
  doc?: Document;
  detect: Detector;
  highlighter: Highlighter | null;
  loadAnnotations(page: Page): Promise<Annotation[]>;
  scheduler: Scheduler;
  /** Longest slice of main-thread work when marking, in ms; the rest waits for the next task. */
  frameBudgetMs?: number;
}

interface Chunk {
  article: ArticleText;
  /** What the detector found, kept so stored annotations can be re-joined without detecting again. */
  detected: Claim[];
  views: ClaimView[];
  ranges: Map<string, Range>;
}

/** Below this much article text the page probably has not rendered its story yet. */
const THIN_ARTICLE = 400;

/**
 * Everything the content script does to a page, with the browser parts
 * passed in: extract the article text, detect claims, join stored
 * annotations, and mark the claims in slices that keep the page responsive.
 */
export class PageScanner {
  private readonly doc: Document;
  private chunks: Chunk[] = [];
  private annotations: Annotation[] = [];
  private page: Page;
  private scanMs = 0;
  private generation = 0;

  constructor(private readonly deps: PageScannerDeps) {
    this.doc = deps.doc ?? document;
    this.page = readPageInfo(this.doc);
  }

  /** Full scan: on load and after in-page navigation. Resolves when every claim is marked. */
  async scanPage(): Promise<void> {
    const generation = ++this.generation;
    const started = performance.now();
    this.page = readPageInfo(this.doc);
    const article = extractArticle(this.doc);
    const extractMs = performance.now() - started;
    const annotations = await this.deps.loadAnnotations(this.page).catch(() => [] as Annotation[]);
    if (generation !== this.generation) return;
    this.annotations = annotations;
    this.chunks = [];
    this.scanMs = 0;
    await this.addChunk(article, generation, extractMs);
  }

  /** Content that arrived later: only the new subtrees are read and detected. */
  async scanAdded(roots: Node[]): Promise<void> {
    const main = this.chunks[0]?.article;
    if (!main || main.text.length < THIN_ARTICLE || !main.root) return this.scanPage();
    const generation = this.generation;
    for (const root of roots) {
      if (!root.isConnected || !main.root.contains(root)) continue;
      // Already read as part of an earlier added chunk (or re-added as is).
      if (this.chunks.slice(1).some((c) => c.article.root?.contains(root))) continue;
      const started = performance.now();
      const article = collectText(root, this.doc);
      if (article.text.trim().length < 20) continue;
      await this.addChunk(article, generation, performance.now() - started);
    }
  }

  /** Stored annotations changed (the popup saved): re-join and re-mark without re-detecting. */
  async refreshAnnotations(): Promise<void> {
    const generation = this.generation;
    const annotations = await this.deps.loadAnnotations(this.page).catch(() => this.annotations);
    if (generation !== this.generation) return;
    this.annotations = annotations;
    const anchored = new Set<string>();
    for (const [index, chunk] of this.chunks.entries()) {
      const { views, anchoredIds } = buildClaimViews(index, chunk.article.text, chunk.detected, annotations, anchored);
      anchoredIds.forEach((id) => anchored.add(id));
      chunk.views = views;
      await this.markChunk(chunk, generation);
    }
    this.render();
  }

  listClaims(scanning = true, offset = 0, limit = Number.POSITIVE_INFINITY): PageClaims {
    const anchored = new Set(this.chunks.flatMap((c) => c.views.map((v) => v.annotationId).filter(Boolean)));
    const all = this.chunks.flatMap((c) => c.views);
    const orphanIds = this.annotations.filter((a) => !anchored.has(a.id)).map((a) => a.id);
    return {
      page: this.page,
      lang: this.chunks[0]?.article.lang,
      scanning,
      claims: all.slice(offset, offset + limit),
      offset,
      total: all.length,
      marked: this.chunks.reduce((n, c) => n + c.ranges.size, 0),
      anchors: orphanIds.map((annotationId) => ({ annotationId, state: 'orphan' as const })),
      orphanIds,
      scanMs: Math.round(this.scanMs * 10) / 10,
    };
  }

  /** Scrolls the page to a claim and flashes it. */
  focus(key: string): boolean {
    for (const chunk of this.chunks) {
      const range = chunk.ranges.get(key);
      if (!range) continue;
      const element = range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      this.deps.highlighter?.flash(range, (done, ms) => this.deps.scheduler.setTimeout(done, ms));
      return true;
    }
    return false;
  }

  clear(): void {
    this.generation++;
    this.chunks = [];
    this.deps.highlighter?.destroy();
  }

  /** `spentMs`: time already spent reading this text, counted in the page's scan time. */
  private async addChunk(article: ArticleText, generation: number, spentMs: number): Promise<void> {
    const started = performance.now();
    const claims = this.deps.detect(article.text, { lang: article.lang });
    const anchored = new Set(this.chunks.flatMap((c) => c.views.map((v) => v.annotationId ?? '')));
    const { views } = buildClaimViews(this.chunks.length, article.text, claims, this.annotations, anchored);
    const chunk: Chunk = { article, detected: claims, views, ranges: new Map() };
    this.chunks.push(chunk);
    this.scanMs += spentMs + performance.now() - started;
    await this.markChunk(chunk, generation);
  }

  /** Builds DOM ranges in time-boxed slices, rendering after each so marks appear progressively. */
  private async markChunk(chunk: Chunk, generation: number): Promise<void> {
    const budget = this.deps.frameBudgetMs ?? 8;
    let index = 0;
    chunk.ranges = new Map();
    while (index < chunk.views.length) {
      const sliceStart = performance.now();
      while (index < chunk.views.length && performance.now() - sliceStart < budget) {
        const view = chunk.views[index++];
        const range = rangeForOffsets(chunk.article, view.claim.start, view.claim.end);
        if (range) chunk.ranges.set(view.key, range);
      }
      this.scanMs += performance.now() - sliceStart;
      if (generation !== this.generation) return;
      this.render();
      if (index < chunk.views.length) await new Promise<void>((resolve) => this.deps.scheduler.setTimeout(resolve, 0));
    }
    if (chunk.views.length === 0) this.render();
  }

  private render(): void {
    if (!this.deps.highlighter) return;
    const marks: MarkedRange[] = [];
    for (const chunk of this.chunks) {
      for (const view of chunk.views) {
        const range = chunk.ranges.get(view.key);
        if (range) marks.push({ range, kind: view.claim.type, verdict: view.verdict });
      }
    }
    this.deps.highlighter.render(marks);
  }
}
