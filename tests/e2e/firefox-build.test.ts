import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The Firefox build (`npm run build:firefox`, run by `npm test`) is produced and complete.
// No Firefox runs here; this checks what Firefox would load.
const DIR = fileURLToPath(new URL('../../.output/firefox-mv2/', import.meta.url));

describe('Firefox build', () => {
  const manifestPath = join(DIR, 'manifest.json');

  it('has an MV2 manifest with a gecko id and the Highlight API’s minimum version', () => {
    expect(existsSync(manifestPath), `${manifestPath} (run npm run build:firefox)`).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: 'claimlens@claimlens.invalid', strict_min_version: '140.0' });
    expect(manifest.browser_action.default_popup).toBe('popup.html');
  });

  it('ships every file the manifest names', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const files = [...manifest.background.scripts, ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js), manifest.browser_action.default_popup];
    for (const file of files) expect(existsSync(join(DIR, file)), file).toBe(true);
  });
});
