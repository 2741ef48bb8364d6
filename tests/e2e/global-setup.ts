import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowsers } from './browsers';
import { CHROME_EXTENSION_PATH, FIREFOX_EXTENSION_PATH } from './paths';

// Fail fast with a useful message instead of a 30 s time-out in every test.
export default function globalSetup(): void {
  const { chromium, firefox } = ensureBrowsers();
  // Workers inherit the environment set here.
  process.env.CHROMIUM_PATH = chromium;
  process.env.FIREFOX_BIN = firefox;
  for (const dir of [CHROME_EXTENSION_PATH, FIREFOX_EXTENSION_PATH]) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      throw new Error(`${dir} is not built: run \`npm run build:e2e\` (or \`npm run test:e2e\`).`);
    }
  }
}
