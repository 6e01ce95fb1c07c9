import { readAnnotationsIn } from './extension-db';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import type { Annotation } from '../../utils/model/annotation';

/** Opens the side panel page for a fixed tab, as the browser would show it beside that tab. */
export async function openSidePanel(browser: ExtensionBrowser, tabId: number, size = { width: 420, height: 900 }): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize(size);
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('list', { name: 'Claims in reading order' }).waitFor({ timeout: 30_000 });
  return panel;
}

/** Every stored annotation, read in an extension page (see readAnnotationsIn). */
export const storedAnnotations = (extensionPage: Page): Promise<Annotation[]> => readAnnotationsIn(extensionPage);

/** The claims the panel lists, in its order (the main button of each row). */
export function listedClaims(panel: Page): Promise<string[]> {
  return panel.locator('li.claim .claim-text').allTextContents();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** Runs axe-core in the page (injected through the debugger, so the extension's CSP does not apply): serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ passes: { id: string }[]; violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    // An empty list must mean "checked and clean", not "nothing was checked".
    if (!result.passes.some((rule) => rule.id === 'color-contrast')) throw new Error('axe did not check colour contrast');
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}
