import { resolve } from 'node:path';

const outDir = resolve(process.env.WXT_OUT_DIR ?? '.output');

/** The e2e flavour of the builds: release code plus local test hosts and a test-only hook. */
export const CHROME_EXTENSION_PATH = resolve(outDir, 'chrome-mv3-e2e');
export const FIREFOX_EXTENSION_PATH = resolve(outDir, 'firefox-mv2-e2e');
/**
 * `npm test` never writes tracked files: the e2e run takes its screenshots into test-results/ (to look
 * at, untracked); `npm run screenshots` (SCREENSHOTS=1) writes the tracked ones the README and the
 * store listing show.
 */
const refresh = process.env.SCREENSHOTS === '1';
/** Screenshots the README shows. */
export const SCREENSHOT_DIR = resolve(refresh ? 'docs/screenshots' : 'test-results/screenshots');
/** Pictures for the store listings (docs/store/LISTING.md). */
export const STORE_IMAGE_DIR = resolve(refresh ? 'docs/store' : 'test-results/store');
