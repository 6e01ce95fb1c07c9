import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodForScanner } from '../../utils/zod-for-scanner';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The scanner's own modules: everything entrypoints/scanner.content reaches through relative value imports. */
function scannerModules(): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const source = readFileSync(file, 'utf8');
    seen.set(file, source);
    for (const [, spec] of source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm)) {
      const base = resolve(dirname(file), spec);
      const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) => existsSync(path));
      if (found) visit(found);
    }
  };
  visit(resolve(root, 'entrypoints/scanner.content/index.ts'));
  return seen;
}

describe('zod as the scanner reads it (scanner-zod.js)', () => {
  it('has every z.<builder> the scanner’s code calls', () => {
    const called = new Set<string>();
    for (const source of scannerModules().values()) for (const [, name] of source.matchAll(/\bz\.([A-Za-z_$][\w$]*)\s*\(/g)) called.add(name);
    expect(called.size).toBeGreaterThan(5);
    const missing = [...called].filter((name) => !(name in zodForScanner.z));
    expect(missing, 'add them to utils/zod-for-scanner.ts').toEqual([]);
  });

  it('hands over zod’s own builders', () => {
    for (const [name, builder] of Object.entries(zodForScanner.z)) expect(builder, name).toBe((z as unknown as Record<string, unknown>)[name]);
  });
});
