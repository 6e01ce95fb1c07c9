import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { ANNOTATE_COMMAND, DEFAULT_SHORTCUTS, OPEN_PANEL_COMMAND } from './utils/commands';
import { msg } from './utils/i18n/manifest-messages';
import { LATER_MODULES_ID } from './utils/library/later-modules';
import { DETECT_GLOBAL, ZOD_GLOBAL } from './utils/scanner-files';

/**
 * The library page's first module starts reading the newest rows, then loads the rest of the page with import():
 * its chunks are named in the page's HTML as module preloads inside an inert template, which that first module puts
 * in <head> once its read is under way (utils/library/later-modules.ts): the browser fetches them while the read runs
 * instead of once the rest is imported, and not before the first module starts.
 */
const preloadLibraryImports: Plugin = {
  name: 'claimlens:preload-library-imports',
  transformIndexHtml: {
    order: 'post',
    handler(_html, ctx) {
      if (!ctx.chunk || !ctx.bundle || !/library[\\/]index\.html$/.test(ctx.path)) return;
      const bundle = ctx.bundle;
      const already = new Set([ctx.chunk.fileName, ...ctx.chunk.imports]);
      const files = new Set<string>();
      const add = (file: string) => {
        if (files.has(file) || already.has(file)) return;
        files.add(file);
        const chunk = bundle[file];
        if (chunk?.type === 'chunk') chunk.imports.forEach(add);
      };
      ctx.chunk.dynamicImports.forEach(add);
      const links = [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` } }));
      return [{ tag: 'template', attrs: { id: LATER_MODULES_ID }, children: links, injectTo: 'body' as const }];
    },
  },
};

// Claimlens keeps everything on the device: it reads the pages it marks,
// stores annotations in the extension's own IndexedDB, and makes no network
// request of its own. Each permission is explained in README.md.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [preloadLibraryImports] }),
  imports: false,
  hooks: {
    // The scanner is built without zod and without the detector, which
    // scanner-zod.js and scanner-detect.js put in the isolated world's globals
    // first: three evaluations, each well under the 50 ms a task may take
    // (issue 10; utils/scanner-files.ts).
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'scanner' && entrypoint.type === 'content-script')) return;
      const detector = resolve('utils/detect/index.ts');
      const globalOf = (id: string) => (id === 'zod' ? `globalThis.${ZOD_GLOBAL}` : id === detector ? `globalThis.${DETECT_GLOBAL}` : undefined);
      const rollup = (config.build ??= {}).rollupOptions ?? {};
      config.build.rollupOptions = rollup;
      rollup.external = (id, _importer, isResolved) => id === 'zod' || (isResolved && id === detector);
      rollup.output ??= {};
      const outputs = Array.isArray(rollup.output) ? rollup.output : [rollup.output];
      for (const each of outputs) {
        each.globals = (id) => globalOf(id) ?? id;
        each.banner = `if (!globalThis.${ZOD_GLOBAL} || !globalThis.${DETECT_GLOBAL}) throw new Error('Claimlens: inject scanner-zod.js and scanner-detect.js before the scanner');`;
      }
    },
  },
  // MV3 in every browser, Firefox included (WXT would build MV2 for Firefox): see
  // README, "Load it in your browser", for why.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // Name, description and shortcut descriptions in the browser's language: public/_locales (from utils/i18n/messages).
    name: msg('extName'),
    description: msg('extDescription'),
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'scripting', 'downloads', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Claimlens' },
    commands: {
      [ANNOTATE_COMMAND]: { suggested_key: { default: DEFAULT_SHORTCUTS[ANNOTATE_COMMAND] }, description: msg('cmdAnnotate') },
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: DEFAULT_SHORTCUTS[OPEN_PANEL_COMMAND] }, description: msg('cmdOpenSidebar') } }
        : { [OPEN_PANEL_COMMAND]: { suggested_key: { default: DEFAULT_SHORTCUTS[OPEN_PANEL_COMMAND] }, description: msg('cmdOpenPanel') } }),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // The CSS Custom Highlight API arrived in Firefox 140.
            gecko: { id: 'claimlens@claimlens.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
