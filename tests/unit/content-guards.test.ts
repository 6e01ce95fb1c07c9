// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { guardHandover, NavigationRescan } from '../../utils/content/guards';
import { LaterContent, outermost } from '../../utils/content/later-content';
import { Timers } from '../../utils/content/timers';

/** A clock and timer queue the test moves by hand. */
function fakeTime() {
  let now = 0;
  const queue: { at: number; run: () => void; id: number }[] = [];
  let ids = 0;
  return {
    now: () => now,
    setTimeout(run: () => void, ms: number) {
      const id = ++ids;
      queue.push({ at: now + ms, run, id });
      return () => void queue.splice(queue.findIndex((t) => t.id === id) >>> 0, queue.some((t) => t.id === id) ? 1 : 0);
    },
    /** Work that takes main-thread time (a read of the page). */
    spend(ms: number) {
      now += ms;
    },
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        queue.sort((a, b) => a.at - b.at);
        const next = queue[0];
        if (!next || next.at > end) break;
        queue.shift();
        now = Math.max(now, next.at);
        next.run();
        await Promise.resolve();
      }
      now = Math.max(now, end);
    },
    pending: () => queue.length,
  };
}

describe('guardHandover', () => {
  it('stops the hand-over event while the extension is alive, lets it through once it is gone', () => {
    let alive = true;
    const reachedWxt = vi.fn();
    const remove = guardHandover(window, 'ext:content:wxt:content-script-started', () => alive);
    document.addEventListener('ext:content:wxt:content-script-started', reachedWxt);
    document.dispatchEvent(new CustomEvent('ext:content:wxt:content-script-started'));
    expect(reachedWxt).not.toHaveBeenCalled();
    alive = false;
    document.dispatchEvent(new CustomEvent('ext:content:wxt:content-script-started'));
    expect(reachedWxt).toHaveBeenCalledOnce();
    remove();
  });
});

describe('NavigationRescan', () => {
  it('rescans only when the URL really changed, at most once a second', async () => {
    const time = fakeTime();
    let url = 'https://a.example/1';
    let scanned = url;
    const rescan = vi.fn(async () => void (scanned = url));
    const nav = new NavigationRescan({ currentUrl: () => url, scannedUrl: () => scanned, rescan, setTimeout: time.setTimeout, now: time.now, settleMs: 400, minIntervalMs: 1000 });
    for (let i = 0; i < 100; i++) nav.poke(); // forged events, URL unchanged
    await time.advance(2000);
    expect(rescan).not.toHaveBeenCalled();
    // A URL rewritten every 10 ms for 5 s.
    for (let t = 0; t < 500; t++) {
      url = `https://a.example/1?page=${t}`;
      nav.poke();
      await time.advance(10);
    }
    await time.advance(2000);
    expect(rescan.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(rescan.mock.calls.length).toBeLessThanOrEqual(7);
    expect(scanned).toBe(url);
  });
});

describe('LaterContent', () => {
  it('batches a burst into one read of the outermost new subtrees', async () => {
    const time = fakeTime();
    const read = vi.fn();
    const later = new LaterContent({ debounceMs: 600, maxWaitMs: 3000, cpuShare: 0.25, setTimeout: time.setTimeout, now: time.now }, read);
    document.body.innerHTML = '<article><div id="a"><p id="b">x</p></div><p id="c">y</p></article>';
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    later.added([a, b, b.firstChild!, c]);
    await time.advance(599);
    expect(read).not.toHaveBeenCalled();
    await time.advance(1);
    expect(read).toHaveBeenCalledOnce();
    expect(read.mock.calls[0][0]).toEqual([a, c]);
  });

  it('reads a page that never stops changing at least every maxWait, and gives it at most its CPU share', async () => {
    const time = fakeTime();
    const reads: number[] = [];
    const later = new LaterContent({ debounceMs: 600, maxWaitMs: 3000, cpuShare: 0.25, setTimeout: time.setTimeout, now: time.now }, () => {
      reads.push(time.now());
      time.spend(2000); // a slow page: each read costs 2 s of main thread, more than maxWait
    });
    document.body.innerHTML = '<article></article>';
    const article = document.querySelector('article')!;
    // Every 10 ms a paragraph, for 30 s.
    while (time.now() < 30_000) {
      const p = document.createElement('p');
      article.append(p);
      later.added([p]);
      await time.advance(10);
    }
    expect(reads[0]).toBeLessThanOrEqual(3000);
    // After a read of 2 s the next waits three times as long: 2 s of every 8 s at most, a quarter.
    for (let i = 1; i < reads.length; i++) expect(reads[i] - reads[i - 1]).toBeGreaterThanOrEqual(8000);
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('reduces 20,000 nested additions in linear time', () => {
    document.body.innerHTML = '';
    let parent: Element = document.body;
    const nodes = new Set<Node>();
    for (let i = 0; i < 20_000; i++) {
      const div = document.createElement('div');
      parent.append(div);
      nodes.add(div);
      if (i % 100 === 0) parent = div; // chains 200 deep, wide at each level
    }
    const started = performance.now();
    const roots = outermost(nodes);
    expect(roots).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('Timers', () => {
  it('keeps no timer after stop, and none fires', async () => {
    const timers = new Timers();
    const fired = vi.fn();
    for (let i = 0; i < 50; i++) timers.setTimeout(fired, 5);
    const cancel = timers.setTimeout(fired, 5);
    cancel();
    expect(timers.size).toBe(50);
    timers.stop();
    expect(timers.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fired).not.toHaveBeenCalled();
    expect(timers.setTimeout(fired, 1)).toBeTypeOf('function');
    expect(timers.size).toBe(0);
  });
});
