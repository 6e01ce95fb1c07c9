import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function runClaims(files: string[]) {
  return spawnSync(TSX, [join(ROOT, 'scripts/claims.ts'), ...files], { cwd: ROOT, encoding: 'utf8' });
}

describe('claims CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claims-cli-'));
  const txt = join(dir, 'a.txt');
  writeFileSync(txt, 'Officials said some 3,000 troops left.');
  const html = join(dir, 'b.html.gz');
  // A page with navigation around a real article body, as the extractor expects to see one.
  const paragraphs = [
    'Police said 40 people were hurt when the roof of the market hall collapsed on Tuesday morning, shortly after it opened.',
    'Rescue teams worked through the afternoon to reach traders trapped under the debris, the city fire service said in a statement.',
    'The mayor told reporters that the building had passed an inspection last year and that an investigation had been opened.',
  ];
  writeFileSync(
    html,
    gzipSync(
      `<html><head><title>Roof collapse</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
        `<article><h1>Market hall roof collapses</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>` +
        `<footer>Contact us</footer></body></html>`,
    ),
  );

  it('prints one JSON line per file in the scorer’s format', () => {
    const out = execFileSync(TSX, [join(ROOT, 'scripts/claims.ts'), txt, html], { cwd: ROOT, encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([txt, html]);
    const quantity = lines[0].claims.find((c: { type: string }) => c.type === 'quantity');
    expect(quantity).toMatchObject({ type: 'quantity', text: 'some 3,000', value: 3000, unit: 'troop', approx: true });
    const attribution = lines[0].claims.find((c: { type: string }) => c.type === 'attribution');
    expect(attribution).toMatchObject({ type: 'attribution', text: 'said', source: { text: 'Officials' } });
    expect(lines[1].claims.some((c: { value?: number }) => c.value === 40)).toBe(true);
  }, 60_000);

  it('reports an unreadable file on stderr, exits non-zero, and still processes the others', () => {
    const result = runClaims([join(dir, 'missing.txt'), txt]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/cannot read .*missing\.txt/);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).file).toBe(txt);
  }, 60_000);
});
