import { describe, expect, it } from 'vitest';
import { readFileText } from '../../utils/read-file';

describe('reading a chosen file', () => {
  it('decodes UTF-8 as Blob.text() does: Cyrillic kept, a byte-order mark dropped, bad bytes replaced', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"note":"заявив"}'), 0xff]);
    const file = new Blob([bytes]);
    expect(await readFileText(file)).toBe('{"note":"заявив"}\ufffd');
    expect(await readFileText(file)).toBe(await file.text());
  });
});
