import { defineConfig } from 'wxt';

// Claimlens keeps everything on the device: it reads the pages it marks,
// stores annotations in the extension's own IndexedDB, and makes no network
// request of its own.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Claimlens',
    description: 'Marks checkable claims (quantities, attributions) in news articles and keeps your fact-check notes on your device.',
    // sidePanel: the workbench as Chrome's side panel (Firefox gets a sidebar_action from the same entrypoint).
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Claimlens' },
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
