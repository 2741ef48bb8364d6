import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Academy } from '@/lib/platform/schemas';
import type { SignInState } from '@/lib/messaging/signin';
import {
  bundledDeskData,
  deskAcademy,
  isDeskPage,
  profileDeskAcademy,
  type DeskData,
} from '@/lib/signin/desk';
import { createBanner, type BannerAction, type BannerModel, type Banner } from './banner';
import { insertBeforeNode, nextSiblingOf, queryAllIn, requestSubmitOf, tagNameOf } from './dom';
import { createDebouncer, markForTests, type Session } from './session';
import { academyLabel, frenchOf, signInStrings } from './strings';

/**
 * The academy desk list of auth.apps.education.fr (issue 13): points out the user's own academy's entry
 * and, when another academy's entry is activated, stops the navigation and warns first. Entries are
 * links (Keycloak's `a#social-<alias>` / `a#zocial-<alias>`, or plain links) and the options of a
 * `<select>`; lib/signin/desk.ts says which academy each stands for. Only runs on desk pages
 * (isDeskPage), reads only names, ids and links (textContent and attributes), never what is typed.
 */

export interface DeskEntry {
  el: HTMLAnchorElement | HTMLOptionElement;
  academy: Academy;
  /** Where it leads, when that is a web address. */
  href?: string;
}

/** A hostile page cannot make one scan cost more than this many elements. */
const MAX_ELEMENTS = 2000;
/** Keycloak's provider links: `social-<alias>`, `zocial-<alias>` in older themes. */
const PROVIDER_ID = /^[sz]ocial-(.+)$/;
const isWebUrl = (value: string): boolean => /^https?:\/\//i.test(value);

/** The entry an element stands for, if it names exactly one academy with a desk. */
export function deskEntryOf(el: Element, desk: DeskData = bundledDeskData): DeskEntry | undefined {
  let academy: Academy | undefined;
  let href: string | undefined;
  if (el.tagName === 'OPTION') {
    const option = el as HTMLOptionElement;
    href = isWebUrl(option.value) ? option.value : undefined;
    academy = deskAcademy({ name: option.text, alias: option.value, href }, desk);
  } else if (el.tagName === 'A') {
    const link = el as HTMLAnchorElement;
    const match = PROVIDER_ID.exec(link.id);
    href = isWebUrl(link.href) ? link.href : undefined;
    academy = deskAcademy({ name: link.textContent, alias: match?.[1], href }, desk);
  }
  return academy ? { el: el as DeskEntry['el'], academy, ...(href ? { href } : {}) } : undefined;
}

/** The entries of the desk list: none unless at least two academies are offered (a list, not a link). */
export function findDeskEntries(doc: Document, desk: DeskData = bundledDeskData): DeskEntry[] {
  const elements = doc.querySelectorAll('a[href], select option');
  const entries: DeskEntry[] = [];
  for (let i = 0; i < elements.length && i < MAX_ELEMENTS; i++) {
    const entry = deskEntryOf(elements[i]!, desk);
    if (entry) entries.push(entry);
  }
  return new Set(entries.map((e) => e.academy.id)).size >= 2 ? entries : [];
}

/** The user's academy, if it has a desk (lib/signin/desk.ts; the background decides with it too). */
export const profileAcademy = (state: SignInState): Academy | undefined => profileDeskAcademy(state);

/** Where the banner goes: before the list (Keycloak's providers block, the select's form, the list). */
function listOf(entry: DeskEntry): Element {
  const select = entry.el.closest('select');
  if (select) return select.form ?? select;
  const el = entry.el;
  return el.closest('#kc-social-providers') ?? el.closest('ul, ol, nav, form') ?? el.parentElement ?? el;
}

/** Selects an option as the user would, then lets the page go on (its change handler, its form). */
function chooseOption(option: HTMLOptionElement, submit: boolean): void {
  const select = option.closest('select');
  if (!select) return;
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  if (submit && select.form) requestSubmitOf(select.form);
}

export interface DeskWatcherOptions {
  ctx: ContentScriptContext;
  session: Session;
  document: Document;
  pageUrl: () => string;
  debounceMs?: number;
}

/** One page's desk watcher. */
interface DeskRun extends DeskWatcherOptions {
  entries: DeskEntry[];
  banner?: Banner;
  shownKey?: string;
  /** The warning shown: the entry chosen, and how to go on with it. */
  warned?: { entry: DeskEntry; resume(): void };
  /** Academies the user chose with "Continuer quand même": never warned about again on this page. */
  allowed: Set<string>;
}

function hideBanner(run: DeskRun): void {
  run.banner?.remove();
  run.banner = undefined;
  run.shownKey = undefined;
  run.warned = undefined;
}

/** The user's academy when the page should be watched now (state loaded, academy known, not dismissed). */
function ownAcademy(run: DeskRun): Academy | undefined {
  const url = run.pageUrl();
  if (!isDeskPage(url)) return undefined;
  const state = run.session.ready();
  if (!state || state.dismissedSites.includes(new URL(url).hostname)) return undefined;
  return profileAcademy(state);
}

/** The one-click way to the user's own desk: its link, or choosing its option. */
function goToAction(entry: DeskEntry, label: string): BannerAction {
  if (entry.href !== undefined) return { label, href: entry.href, primary: true };
  const el = entry.el;
  return {
    label,
    primary: true,
    onClick: () =>
      el.tagName === 'A' ? (el as HTMLAnchorElement).click() : chooseOption(el as HTMLOptionElement, true),
  };
}

function dismissAction(run: DeskRun, label: string): BannerAction {
  return {
    label,
    onClick: (event) => {
      // Only the user's own click may change the settings, not a script of the page.
      if (!event.isTrusted) return;
      run.session.dismissSite(new URL(run.pageUrl()).hostname);
      hideBanner(run);
      markForTests(run.document, 'desk', { entries: run.entries.length, shown: 'none' });
    },
  };
}

function continueAction(run: DeskRun, label: string): BannerAction {
  return {
    label,
    onClick: () => {
      const warned = run.warned;
      if (!warned) return;
      run.allowed.add(warned.entry.academy.id);
      run.warned = undefined;
      run.shownKey = undefined;
      warned.resume();
      scan(run);
    },
  };
}

/** The hint (own entry found, nothing chosen yet) or the warning (another academy's entry chosen). */
function deskModel(run: DeskRun, own: Academy, ownEntry: DeskEntry | undefined): BannerModel {
  const lang = run.session.lang();
  const t = signInStrings[lang];
  const name = own.name;
  const base = { lang, theme: run.session.ready()?.theme ?? 'system', source: t.source } as const;
  const dismiss = dismissAction(run, t.dismissSite);
  if (!run.warned) {
    const go = ownEntry ? [goToAction(ownEntry, t.deskGo.replace('{name}', name))] : [];
    const title = t.deskHintTitle.replace('{name}', name);
    return { ...base, kind: 'hint', title, text: t.deskHintText, actions: [...go, dismiss] };
  }
  const text = t.deskWarnText
    .replace('{chosen}', academyLabel(run.warned.entry.academy, lang))
    .replace('{expected}', academyLabel(own, lang));
  const goToLabel = t.deskGoTo.replace('{of}', frenchOf(name)).replace('{name}', name);
  const go = ownEntry ? [goToAction(ownEntry, goToLabel)] : [];
  const actions = [...go, continueAction(run, t.continue), dismiss];
  return { ...base, kind: 'warning', title: t.deskWarnTitle, text, actions };
}

/** Shows (or refreshes) the banner before the list; rebuilt only when what it says changes. */
function showDesk(run: DeskRun, own: Academy): void {
  const ownEntry = run.entries.find((e) => e.academy.id === own.id);
  const warnedId = run.warned?.entry.academy.id ?? '';
  const key = `${own.id}|${warnedId}|${(ownEntry?.href ?? ownEntry) ? 1 : 0}|${run.session.version}`;
  run.banner ??= createBanner(run.document);
  if (run.shownKey !== key || !run.banner.intact()) {
    run.banner.update(deskModel(run, own, ownEntry));
    run.shownKey = key;
  }
  const list = listOf(run.warned?.entry ?? ownEntry ?? run.entries[0]!);
  if (nextSiblingOf(run.banner.host) !== list) insertBeforeNode(run.banner.host, list);
}

/** Reads the list again (debounced on mutations): the page may render it late, or re-render it. */
function scan(run: DeskRun): void {
  if (!run.ctx.isValid) return;
  const own = ownAcademy(run);
  run.entries = own ? findDeskEntries(run.document, deskDataOf(run)) : [];
  if (run.warned && !run.warned.entry.el.isConnected) {
    // The list was re-rendered: the same academy's new entry, if any.
    const id = run.warned.entry.academy.id;
    const entry = run.entries.find((e) => e.academy.id === id);
    run.warned = entry ? { entry, resume: run.warned.resume } : undefined;
  }
  const ownEntry = own && run.entries.find((e) => e.academy.id === own.id);
  if (!own || (!ownEntry && !run.warned)) {
    if (run.banner) hideBanner(run);
  } else showDesk(run, own);
  const shown = run.banner ? (run.warned ? 'warning' : 'hint') : 'none';
  markForTests(run.document, 'desk', { entries: run.entries.length, own: own?.id ?? '', shown });
}

/** The bundled desk data plus the names the catalogue or the policy add (SignInState.deskAliases). */
function deskDataOf(run: DeskRun): DeskData {
  const extra = run.session.ready()?.deskAliases;
  if (!extra?.length) return bundledDeskData;
  const cached = extraDesks.get(extra);
  if (cached) return cached;
  const desk = { ...bundledDeskData, aliases: [...bundledDeskData.aliases, ...extra] };
  extraDesks.set(extra, desk);
  return desk;
}
const extraDesks = new WeakMap<object, DeskData>();

/** Another academy's entry, not allowed yet: what activating `el` should warn about. */
function wrongEntry(run: DeskRun, el: Element): DeskEntry | undefined {
  const own = ownAcademy(run);
  if (!own) return undefined;
  run.entries = findDeskEntries(run.document, deskDataOf(run));
  const entry = run.entries.find((e) => e.el === el);
  return entry && entry.academy.id !== own.id && !run.allowed.has(entry.academy.id) ? entry : undefined;
}

/** Stops the page's navigation and warns; `resume` goes on with it once the user confirms. */
function warn(run: DeskRun, event: Event, entry: DeskEntry, resume: () => void): void {
  event.preventDefault();
  event.stopImmediatePropagation();
  run.warned = { entry, resume };
  scan(run);
}

function onClick(run: DeskRun, event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  const entry = link && wrongEntry(run, link);
  if (entry)
    warn(run, event, entry, () =>
      entry.el.isConnected ? entry.el.click() : entry.href && location.assign(entry.href),
    );
}

function onChange(run: DeskRun, event: Event): void {
  const select = event.target as HTMLSelectElement | null;
  const option = select?.tagName === 'SELECT' ? select.selectedOptions[0] : undefined;
  const entry = option && wrongEntry(run, option);
  if (entry) warn(run, event, entry, () => chooseOption(option, false));
}

function onSubmit(run: DeskRun, event: SubmitEvent): void {
  const form = event.target as HTMLFormElement | null;
  if (!form || tagNameOf(form) !== 'FORM') return;
  for (const option of queryAllIn<HTMLOptionElement>(form, 'select option')) {
    const entry = option.selected ? wrongEntry(run, option) : undefined;
    if (entry) return warn(run, event, entry, () => requestSubmitOf(form));
  }
}

/**
 * Watches the desk list of the page, if it is a desk page (nothing at all is done elsewhere). Returns
 * `scan` for the tests.
 */
export function startDeskWatcher(options: DeskWatcherOptions): { scan(): void } | undefined {
  const { ctx, document: doc } = options;
  if (!isDeskPage(options.pageUrl())) return undefined;
  const run: DeskRun = { ...options, entries: [], allowed: new Set() };
  const schedule = createDebouncer(ctx, () => scan(run), options.debounceMs ?? 250, false);
  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    hideBanner(run);
  });
  ctx.addEventListener(doc, 'click', (e) => onClick(run, e), { capture: true });
  ctx.addEventListener(doc, 'change', (e) => onChange(run, e), { capture: true });
  ctx.addEventListener(doc, 'submit', (e) => onSubmit(run, e), { capture: true });
  options.session.subscribe(() => scan(run));
  scan(run);
  return { scan: () => scan(run) };
}
