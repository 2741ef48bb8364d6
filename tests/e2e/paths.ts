import { resolve } from 'node:path';

const outDir = resolve(process.env.WXT_OUT_DIR ?? '.output');

/** The e2e flavour of the builds: release code plus local test hosts and a test-only hook. */
export const CHROME_EXTENSION_PATH = resolve(outDir, 'chrome-mv3-e2e');
export const FIREFOX_EXTENSION_PATH = resolve(outDir, 'firefox-mv2-e2e');
/** Screenshots the README shows. */
export const SCREENSHOT_DIR = resolve('docs/screenshots');
/** Pictures for the store listings (docs/store/LISTING.md). */
export const STORE_IMAGE_DIR = resolve('docs/store');
