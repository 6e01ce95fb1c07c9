import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR as DIR } from '../../scripts/lib/firefox-browser';

// The Firefox build (`npm run build:firefox`, run by `npm test`) is produced and complete;
// the Firefox end-to-end tests load exactly this directory.
describe('Firefox build', () => {
  const manifestPath = join(DIR, 'manifest.json');

  it('has an MV3 manifest with a gecko id and the Highlight API’s minimum version', () => {
    expect(existsSync(manifestPath), `${manifestPath} (run npm run build:firefox)`).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: 'claimlens@claimlens.invalid', strict_min_version: '140.0' });
    expect(manifest.action.default_popup).toBe('popup.html');
    // Firefox 127+ shows these in the install prompt and grants them; users may withdraw them per site.
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('opens its sidebar only when asked, not at install (an open sidebar would load the scanner into every tab in front)', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
  });

  it('exposes none of its pages to web pages: the tests open them without any opening made for them', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('ships every file the manifest names', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const files = [...manifest.background.scripts, ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js), manifest.action.default_popup];
    for (const file of files) expect(existsSync(join(DIR, file)), file).toBe(true);
  });
});
