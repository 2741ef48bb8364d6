import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from '../paths';
import { AUTH_HOST, DESK_PATHS, KEYCLOAK_DESK_PAGE } from '../signin-pages';
import { expect, setSettings, test } from './fixtures';

// Screenshots of the desk hint and warning (docs/screenshots with `npm run screenshots`).
const AUTH = `https://${AUTH_HOST}`;

for (const theme of ['light', 'dark'] as const) {
  test(`desk hint and warning, ${theme}`, async ({ page, serviceWorker }) => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await setSettings(serviceWorker, { profile: { address: 'jean.dupont@ac-creteil.fr' }, theme });
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 760, height: 520 });
    // The page without its hostile CSS, so that the screenshot shows a plain page around the banner.
    const body = KEYCLOAK_DESK_PAGE.replace(
      /<style>[\s\S]*?<\/style>/,
      '<style>:root{color-scheme:light dark}body{font:16px system-ui;margin:24px}</style>',
    );
    await page.route(`${AUTH}/**`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body }),
    );
    await page.goto(AUTH + DESK_PATHS.keycloak);
    const banner = page.getByTestId('signin-warning');
    await expect(banner).toHaveAttribute('data-kind', 'hint');
    if (theme === 'light') await page.screenshot({ path: join(SCREENSHOT_DIR, 'desk-hint.png') });
    await page.getByRole('link', { name: 'Académie de Versailles' }).click();
    await expect(banner).toHaveAttribute('data-kind', 'warning');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `desk-warning-${theme}.png`) });
  });
}
