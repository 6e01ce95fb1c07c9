import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES, hostileText } from '../../support/hostile-texts';

/**
 * Issue 11: the claims CLI (`npm run --silent claims -- FILE`, i.e. tsx
 * scripts/claims.ts) reads 64 KB of every hostile shape in under 2 s,
 * start-up included. One spawn reads all the files with `--timings`; the
 * start-up is everything the CLI did not spend on a file (node, tsx, module
 * loading, exit), measured from outside, and each file's own time is added
 * to it.
 *
 * On a loaded machine start-up alone can take seconds (an idle one starts in
 * well under one): when it does, the 2 s bound is scaled by start-up / 1 s,
 * so the test stays about regressions, which are ten times slower or worse.
 */
const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const BOUND_MS = 2000;

/** Hostile text inside an article page: the extractor reads it before the detector does. */
function page(body: string): string {
  return `<html lang="en"><head><title>Hostile</title></head><body><nav><a href="/">Home</a></nav><article><h1>Hostile</h1><p>${body}</p></article></body></html>`;
}

describe('claims CLI on hostile text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claims-hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = HOSTILE_SHAPES.map((shape, i) => {
    const file = join(dir, `${String(i).padStart(2, '0')}.txt`);
    writeFileSync(file, hostileText(shape, 64 * 1024));
    return file;
  });
  const pages: Array<[string, string]> = [
    ['paragraph.html', page(hostileText(HOSTILE_SHAPES[1], 64 * 1024))],
    ['cues.html', page(hostileText({ name: 'said', unit: 'said ' }, 64 * 1024))],
    ['nested.html', page(`${'<div>ad '.repeat(400)}${'</div>'.repeat(400)}`)],
    ['many-paragraphs.html', page('</p>' + '<p>Officials said some 3,000 troops, up from 2,500, arrived.</p>'.repeat(1000) + '<p>')],
  ];
  for (const [name, html] of pages) {
    files.push(join(dir, name));
    writeFileSync(join(dir, name), html);
  }

  it('reads every shape in under 2 s, start-up included', () => {
    const started = performance.now();
    const result = spawnSync(TSX, [join(ROOT, 'scripts/claims.ts'), '--timings', ...files], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 30 });
    const wall = performance.now() - started;
    expect(result.status, result.stderr).toBe(0);

    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; claims: unknown[] });
    expect(lines.map((l) => l.file)).toEqual(files);

    const perFile = new Map<string, number>();
    let loading = 0;
    for (const line of result.stderr.split('\n')) {
      // Wall clock, or CPU time when less: on an oversubscribed machine the wall clock counts other processes' turns.
      const file = /^claims: (\d+) ms \(cpu (\d+) ms\) (.+)$/.exec(line);
      if (file) perFile.set(file[3], Math.min(Number(file[1]), Number(file[2])));
      const loaded = /^claims: HTML reader loaded in (\d+) ms$/.exec(line);
      if (loaded) loading = Number(loaded[1]);
    }
    expect([...perFile.keys()]).toEqual(files);
    const reading = [...perFile.values()].reduce((a, b) => a + b, 0);
    const startup = Math.max(0, wall - reading - loading);
    const bound = BOUND_MS * Math.max(1, startup / 1000);
    const slow = files.filter((f) => startup + perFile.get(f)! >= bound).map((f) => `${f}: ${perFile.get(f)} ms`);
    expect(slow, `start-up ${Math.round(startup)} ms, bound ${Math.round(bound)} ms`).toEqual([]);
  }, 180_000);
});
