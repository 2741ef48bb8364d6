// Vitest alias target for `webextension-polyfill` (see vitest.config.ts): the real
// package throws "This script should only be loaded in a browser extension".
import { fakeBrowser } from 'wxt/testing/fake-browser';

export default fakeBrowser;
