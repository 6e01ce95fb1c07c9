import { defineBackground } from 'wxt/utils/define-background';
import { annotationsForPage, getDb } from '../../utils/db';
import { handleMessage } from '../../utils/messaging';

// The background owns storage for content scripts: IndexedDB opened in a
// content script would belong to the website, not to the extension.
export default defineBackground(() => {
  handleMessage('getPageAnnotations', ({ url, canonicalUrl }) => annotationsForPage(getDb(), url, canonicalUrl));
});
