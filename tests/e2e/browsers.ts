import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A browser the end-to-end tests can drive: where to look, and the Debian package that provides it. */
interface BrowserSpec {
  label: string;
  envVar: 'CHROMIUM_PATH' | 'FIREFOX_BIN';
  candidates: string[];
  debianPackage: string;
}

const CHROMIUM: BrowserSpec = {
  label: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  candidates: [
    '/usr/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
  ],
  debianPackage: 'chromium',
};

const FIREFOX: BrowserSpec = {
  label: 'Firefox',
  envVar: 'FIREFOX_BIN',
  candidates: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/usr/lib/firefox-esr/firefox-esr',
    '/usr/lib/firefox/firefox',
  ],
  debianPackage: 'firefox-esr',
};

function find(spec: BrowserSpec): string | undefined {
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${spec.envVar}=${fromEnv} does not exist. Fix the variable or unset it.`);
  }
  return spec.candidates.find((p) => existsSync(p));
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Finds each browser, installs the missing ones with apt-get when run as root, else says what to install. */
export function ensureBrowsers(): { chromium: string; firefox: string } {
  const specs = [CHROMIUM, FIREFOX];
  let missing = specs.filter((s) => !find(s));
  if (missing.length > 0 && canInstallWithApt()) {
    const pkgs = missing.map((s) => s.debianPackage);
    console.log(`Installing ${pkgs.join(', ')} with apt-get (missing browsers for the end-to-end tests)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
    missing = specs.filter((s) => !find(s));
  }
  if (missing.length > 0) {
    const lines = missing.map(
      (s) =>
        `- ${s.label}: install it (Debian/Ubuntu: sudo apt-get install -y ${s.debianPackage}) ` +
        `or set ${s.envVar} to its executable (looked in ${s.candidates.join(', ')}).`,
    );
    throw new Error(`The end-to-end tests need real browsers:\n${lines.join('\n')}`);
  }
  return { chromium: find(CHROMIUM)!, firefox: find(FIREFOX)! };
}
