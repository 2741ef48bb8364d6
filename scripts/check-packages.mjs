// Checks the built packages a store or an administrator will take as they are (issue 17), after
// `npm run build`:
//   - the three zips are there, named <name>-<version>-{chrome,firefox,sources}.zip from package.json;
//   - each zip holds exactly its build folder, byte for byte, except the Chrome manifest's `key`;
//   - .output/chrome-mv3/manifest.json has the fixed `key`; the Chrome store zip's manifest has none;
//   - both manifests are localized: default_locale fr, _locales/fr and _locales/en with the same keys,
//     no empty message, every __MSG_…__ defined, the description ≤ 132 characters, the name ≤ 45.
//   node scripts/check-packages.mjs [--out .output]
import JSZip from 'jszip';
import { isDeepStrictEqual } from 'node:util';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1] : (process.env.WXT_OUT_DIR ?? '.output'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const LOCALES = ['fr', 'en'];
const DESCRIPTION_MAX = 132; // Chrome Web Store
const NAME_MAX = 45; // addons.mozilla.org (Chrome: 75)

const failures = [];
const fail = (message) => failures.push(message);

const filesOf = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();

/** Checks the localized strings of a manifest against its _locales folder. */
function checkLocales(label, manifest, readMessages) {
  if (manifest.default_locale !== 'fr')
    fail(`${label}: default_locale is ${manifest.default_locale}, not fr`);
  const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
  if (!used.includes('extName') || !used.includes('extDescription'))
    fail(`${label}: name and description are not localized (__MSG_…__)`);
  const byLocale = {};
  for (const locale of LOCALES) {
    const messages = readMessages(locale);
    if (!messages) {
      fail(`${label}: _locales/${locale}/messages.json is missing`);
      continue;
    }
    byLocale[locale] = messages;
    for (const [key, value] of Object.entries(messages))
      if (typeof value?.message !== 'string' || value.message.trim() === '')
        fail(`${label}: _locales/${locale} ${key} is empty`);
    for (const key of used) if (!messages[key]) fail(`${label}: _locales/${locale} lacks ${key}`);
    const text = (key) => messages[key]?.message ?? '';
    if (text('extDescription').length > DESCRIPTION_MAX)
      fail(
        `${label}: ${locale} description is ${text('extDescription').length} > ${DESCRIPTION_MAX} characters`,
      );
    if (text('extName').length > NAME_MAX) fail(`${label}: ${locale} name is longer than ${NAME_MAX}`);
  }
  const [first, ...others] = LOCALES.filter((l) => byLocale[l]);
  for (const other of others) {
    const a = Object.keys(byLocale[first]).sort();
    const b = Object.keys(byLocale[other]).sort();
    if (!isDeepStrictEqual(a, b))
      fail(`${label}: _locales/${first} and _locales/${other} have different keys`);
  }
}

/** Compares a zip with its build folder; `manifestOf` maps the folder's manifest to the expected one. */
async function checkZip(zipName, dirName, manifestOf) {
  const zipPath = join(out, zipName);
  const dir = join(out, dirName);
  if (!existsSync(zipPath)) return fail(`${zipName} is missing (npm run build)`);
  if (!existsSync(join(dir, 'manifest.json'))) return fail(`${dirName} is not built (npm run build)`);
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const zipFiles = Object.keys(zip.files)
    .filter((n) => !zip.files[n].dir)
    .sort();
  const dirFiles = filesOf(dir);
  if (!isDeepStrictEqual(zipFiles, dirFiles)) fail(`${zipName} does not list the files of ${dirName}`);
  for (const name of zipFiles.filter((n) => n !== 'manifest.json' && dirFiles.includes(n))) {
    const a = await zip.files[name].async('nodebuffer');
    if (!a.equals(readFileSync(join(dir, name)))) fail(`${zipName}: ${name} differs from ${dirName}`);
  }
  const dirManifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const zipManifest = JSON.parse(await zip.files['manifest.json'].async('string'));
  if (!isDeepStrictEqual(zipManifest, manifestOf(dirManifest)))
    fail(`${zipName}: its manifest is not the one of ${dirName}${manifestOf.note ?? ''}`);
  if (zipManifest.version !== pkg.version)
    fail(`${zipName}: version ${zipManifest.version}, package.json says ${pkg.version}`);
  const readFromDir = (locale) => {
    const file = join(dir, '_locales', locale, 'messages.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  };
  checkLocales(dirName, dirManifest, readFromDir);
  return { dirManifest, zipManifest };
}

const base = `${pkg.name}-${pkg.version}`;
const withoutKey = Object.assign(({ key: _key, ...rest }) => rest, { note: ' minus its key' });
const chrome = await checkZip(`${base}-chrome.zip`, 'chrome-mv3', withoutKey);
if (chrome) {
  if (typeof chrome.dirManifest.key !== 'string' || chrome.dirManifest.key.length < 100)
    fail('.output/chrome-mv3/manifest.json has no fixed key (policies and e2e tests name its id)');
  if ('key' in chrome.zipManifest)
    fail(`${base}-chrome.zip: its manifest has a key (the Chrome Web Store refuses it)`);
}
const firefox = await checkZip(`${base}-firefox.zip`, 'firefox-mv2', (m) => m);
if (firefox) {
  const gecko = firefox.zipManifest.browser_specific_settings ?? {};
  if (!gecko.gecko?.id) fail('the Firefox manifest has no gecko id');
  if (!gecko.gecko_android?.strict_min_version) fail('the Firefox manifest has no gecko_android minimum');
  if ('key' in firefox.zipManifest) fail('the Firefox manifest has a key');
}
const sources = join(out, `${base}-sources.zip`);
if (!existsSync(sources)) fail(`${base}-sources.zip is missing (AMO asks for the sources)`);
else {
  const zip = await JSZip.loadAsync(readFileSync(sources));
  for (const needed of [
    'package.json',
    'package-lock.json',
    '.nvmrc',
    'wxt.config.ts',
    'docs/store/AMO-REVIEWER-NOTES.md',
  ])
    if (!zip.files[needed]) fail(`${base}-sources.zip lacks ${needed}`);
  if (Object.keys(zip.files).some((n) => n.startsWith('node_modules/') || /(^|\/)\.output/.test(n)))
    fail(`${base}-sources.zip holds node_modules or build output`);
}

const extra = readdirSync(out).filter((f) => f.endsWith('.zip') && !f.startsWith(`${base}-`));
if (extra.length)
  console.log(`(ignored: older packages in ${relative(process.cwd(), out)}: ${extra.join(', ')})`);

if (failures.length) {
  for (const f of failures) console.error(`✗ ${f}`);
  process.exit(1);
}
console.log(
  `Packages in ${relative(process.cwd(), out) || '.'}: ${base}-{chrome,firefox,sources}.zip ok ` +
    '(contents = build folders, no key in the Chrome zip, fixed key unpacked, fr + en locales complete)',
);
