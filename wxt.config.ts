import { defineConfig } from 'wxt';

// Claimlens keeps everything on the device: no host permissions beyond the
// pages it reads, no remote code, no network calls.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: 'Claimlens',
    description: 'Marks checkable claims (quantities, attributions) in news articles and keeps your fact-check notes on your device.',
    permissions: ['storage', 'activeTab', 'tabs'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Claimlens' },
  },
});
