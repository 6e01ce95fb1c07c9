import { describe, expect, it } from 'vitest';
import { isExtensionError, lineSplitter } from '../../scripts/lib/firefox-output';

const ORIGIN = 'moz-extension://11111111-2222-4333-8444-555555555555';

// Lines as Firefox 153 ESR printed them in our runs.
describe('isExtensionError', () => {
  it('counts uncaught errors in the extension’s scripts and its own console warnings', () => {
    expect(isExtensionError(`JavaScript error: ${ORIGIN}/content-scripts/content.js, line 75: TypeError: e.searchParams.keys() is not iterable`, ORIGIN)).toBe(true);
    expect(isExtensionError(`JavaScript error: ${ORIGIN}/background.js, line 3: Error: Invalid getPageAnnotations message`, ORIGIN)).toBe(true);
    expect(isExtensionError('console.warn: "Claimlens could not scan this page:" (new Error("Xray wrapping of iterators not supported.", …))', ORIGIN)).toBe(true);
  });

  it('ignores Firefox’s own errors, other extensions, warnings and remote-protocol noise', () => {
    for (const line of [
      'JavaScript error: resource:///modules/backup/BackupService.sys.mjs, line 4408: NotAllowedError: PathUtils.join: PathUtils does not support empty paths',
      'JavaScript error: resource://gre/modules/PrivateBrowsingUtils.sys.mjs, line 50: TypeError: can\'t access property "QueryInterface", aWindow.docShell is null',
      'JavaScript error: moz-extension://99999999-2222-4333-8444-555555555555/bg.js, line 1: Error: someone else',
      `JavaScript warning: ${ORIGIN}/background.js, line 3: Script terminated by timeout at:`,
      'Handler function threw an exception: TypeError: can\'t access property "id", context is null',
      'console.error: "Failed to load resource: a page’s own script"',
    ]) {
      expect(isExtensionError(line, ORIGIN), line).toBe(false);
    }
  });
});

describe('lineSplitter', () => {
  it('joins lines split across chunks and drops carriage returns', () => {
    const lines: string[] = [];
    const split = lineSplitter((line) => lines.push(line));
    split('JavaScript err');
    split('or: a\r\nsecond\nthi');
    split('rd\n');
    expect(lines).toEqual(['JavaScript error: a', 'second', 'third']);
  });
});
