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
  writeFileSync(html, gzipSync('<html><body><article><p>Police said 40 people were hurt.</p></article></body></html>'));

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
