import { IDBFactory } from 'fake-indexeddb';
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  effectiveFaqUrl,
  ensureFaqAlarm,
  FAQ_ALARM,
  FAQ_REFRESH_PERIOD_MINUTES,
  faqUrlChanged,
  refreshFaqNow,
  runFaqRefresh,
  seedFaq,
} from '@/entrypoints/background/faq';
import { createMessageRouter, createRoutes, registerMessageRouter } from '@/entrypoints/background/router';
import { readFaqSnapshot, requestFaqRefresh } from '@/entrypoints/popup/faq-client';
import {
  bundled2020Faq,
  bundledFaq,
  bundledTodayFaq,
  createFaqIndex,
  type FaqDocument,
  type FaqEntry,
  loadFaq,
  readFaqMeta,
} from '@/lib/faq';
import type { FaqRefreshResponse } from '@/lib/messaging/faq';
import { MANAGED_CACHE_KEY } from '@/lib/settings/policy';
import { SETTINGS_KEY } from '@/lib/settings/settings';
import { faqRevision } from '@/lib/faq/store';
import { packagedFaqJson } from '@/scripts/packaged-faq';

const FAQ_URL = 'https://faq.example.education.fr/faq.json';
const NOW = Date.UTC(2026, 10, 28, 12, 0);
const QUOTA_ID = 'le-quotas-de-cloud-ou-tube-ne-sont-pas-suffisants';

const documentOf = (entries: FaqEntry[]): FaqDocument => ({
  version: 1,
  sections: [...new Set(entries.map((e) => e.section))].map((title, i) => ({ id: `s${i}`, title })),
  entries,
});

const withNewQuotaAnswer = bundledFaq.map((e) =>
  e.id === QUOTA_ID
    ? { ...e, answer: [{ type: 'p' as const, content: [{ text: 'Nouveau quota : 50 Go.' }] }] }
    : e,
);

/** A fetch that answers `body` as JSON and records the URLs asked for. */
function jsonFetch(body: unknown, status = 200) {
  const urls: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    urls.push(url);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return Object.assign(fetch, { urls });
}

/** A first refresh at NOW: the downloaded copy, with the new quota answer, is in IndexedDB. */
const storeDownloadedCopy = (idbFactory: IDBFactory) =>
  runFaqRefresh({ url: FAQ_URL, fetch: jsonFetch(documentOf(withNewQuotaAnswer)), idbFactory, now: NOW });

async function storedEntries(idbFactory: IDBFactory): Promise<{ entries: FaqEntry[]; source?: string }> {
  const loaded = await loadFaq({ idbFactory, bundled: bundledFaq });
  if (loaded.source !== 'indexeddb') throw new Error('expected IndexedDB');
  const meta = await readFaqMeta(loaded.db);
  loaded.db.close();
  return { entries: loaded.entries, ...(meta ? { source: meta.source } : {}) };
}

const answerOf = (entries: FaqEntry[], id: string) =>
  JSON.stringify(entries.find((e) => e.id === id)?.answer);

/** An IndexedDB whose open() throws, like some private windows. */
const brokenFactory = {
  open() {
    throw new DOMException('private mode', 'InvalidStateError');
  },
} as unknown as IDBFactory;

const PACKAGED = packagedFaqJson(process.cwd());

beforeEach(() => {
  fakeBrowser.reset();
  // The background reads the shipped FAQ from the package (faq-bundled.json), not from its bundle.
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (!url.endsWith('/faq-bundled.json')) throw new TypeError('offline');
      return new Response(PACKAGED, { headers: { 'Content-Type': 'application/json' } });
    }),
  );
});

describe('the packaged FAQ (faq-bundled.json)', () => {
  it('holds the entries the pages bundle, in their order: same revision, no re-seeding back and forth', () => {
    const { entries } = JSON.parse(PACKAGED) as { entries: FaqEntry[] };
    expect(entries).toEqual(bundledFaq);
    expect(faqRevision(entries)).toBe(faqRevision(bundledFaq));
  });
});

describe('runFaqRefresh', () => {
  it('with no FAQ address, fetches nothing and says so', async () => {
    const fetch = jsonFetch(documentOf(withNewQuotaAnswer));
    const result = await runFaqRefresh({ url: undefined, fetch, idbFactory: new IDBFactory(), now: NOW });
    expect(result).toEqual({ status: 'no-url', messageKey: 'faq.refresh.noUrl', params: {} });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('seeds an empty cache, then stores an acceptable answer', async () => {
    const idbFactory = new IDBFactory();
    const fetch = jsonFetch(documentOf(withNewQuotaAnswer));
    const result = await runFaqRefresh({ url: FAQ_URL, fetch, idbFactory, now: NOW });
    expect(result).toEqual({
      status: 'updated',
      messageKey: 'faq.refresh.updated',
      params: { count: bundledFaq.length },
    });
    expect(fetch.urls).toEqual([FAQ_URL]);
    const stored = await storedEntries(idbFactory);
    expect(stored.source).toBe('network');
    expect(answerOf(stored.entries, QUOTA_ID)).toContain('Nouveau quota : 50 Go.');
  });

  it('keeps the good cache when the answer is refused (truncated) or the network is down', async () => {
    const idbFactory = new IDBFactory();
    await storeDownloadedCopy(idbFactory);

    const truncated = await runFaqRefresh({
      url: FAQ_URL,
      fetch: jsonFetch(documentOf(bundledFaq.slice(0, 3))),
      idbFactory,
      now: NOW + 1,
    });
    expect(truncated.status).toBe('rejected');
    expect(truncated.messageKey).toBe('faq.refresh.rejected.truncated');

    const offline = await runFaqRefresh({
      url: FAQ_URL,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      idbFactory,
      now: NOW + 2,
    });
    expect(offline).toEqual({ status: 'offline', messageKey: 'faq.refresh.offline', params: {} });

    const stored = await storedEntries(idbFactory);
    expect(stored.entries).toHaveLength(bundledFaq.length);
    expect(answerOf(stored.entries, QUOTA_ID)).toContain('Nouveau quota : 50 Go.');
  });

  it('once the address is removed, the downloaded copy gives way to the bundled one', async () => {
    const idbFactory = new IDBFactory();
    await storeDownloadedCopy(idbFactory);
    const result = await runFaqRefresh({ url: undefined, idbFactory, now: NOW + 1 });
    expect(result.status).toBe('no-url');
    const stored = await storedEntries(idbFactory);
    expect(stored.source).toBe('bundled');
    expect(stored.entries).toEqual(bundledFaq);
  });

  it('without IndexedDB, reports a storage error instead of fetching for nothing', async () => {
    const fetch = jsonFetch(documentOf(withNewQuotaAnswer));
    const result = await runFaqRefresh({ url: FAQ_URL, fetch, idbFactory: brokenFactory, now: NOW });
    expect(result).toEqual({ status: 'error', messageKey: 'faq.refresh.error.storage', params: {} });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('effectiveFaqUrl', () => {
  it('reads the user setting, and the administrator policy wins over it', async () => {
    expect(await effectiveFaqUrl()).toBeUndefined();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, faqUrl: FAQ_URL } });
    expect(await effectiveFaqUrl()).toBe(FAQ_URL);
    const policyUrl = 'https://dane.ac-lyon.fr/faq';
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { faqUrl: policyUrl } });
    expect(await effectiveFaqUrl()).toBe(policyUrl);
  });

  it('ignores an address that is not https', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { version: 2, faqUrl: 'http://faq.example/faq.json' },
    });
    expect(await effectiveFaqUrl()).toBeUndefined();
  });
});

describe('refreshFaqNow', () => {
  it('uses the address in force from storage.local', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 2, faqUrl: FAQ_URL } });
    const fetch = jsonFetch(documentOf(withNewQuotaAnswer));
    const result = await refreshFaqNow({ fetch, idbFactory: new IDBFactory(), now: NOW });
    expect(result.status).toBe('updated');
    expect(fetch.urls).toEqual([FAQ_URL]);
  });

  it('runs the jobs in call order: a refresh without address cannot undo a later download', async () => {
    const idbFactory = new IDBFactory();
    const fetch = jsonFetch(documentOf(withNewQuotaAnswer));
    const [first, second] = await Promise.all([
      refreshFaqNow({ idbFactory, now: NOW }),
      refreshFaqNow({ url: FAQ_URL, fetch, idbFactory, now: NOW }),
    ]);
    expect(first.status).toBe('no-url');
    expect(second.status).toBe('updated');
    expect((await storedEntries(idbFactory)).source).toBe('network');
  });

  it('simultaneous calls for the same source share one refresh', async () => {
    const fetch = jsonFetch(documentOf(withNewQuotaAnswer));
    const idbFactory = new IDBFactory();
    const [a, b] = await Promise.all([
      refreshFaqNow({ url: FAQ_URL, fetch, idbFactory, now: NOW }),
      refreshFaqNow({ url: FAQ_URL, fetch, idbFactory, now: NOW }),
    ]);
    expect(a).toBe(b);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

/** The background's router, with the FAQ refresh replaced (the other routes' handlers are the real ones). */
function handleFaqMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  refresh: () => Promise<FaqRefreshResponse>,
): Promise<unknown> | undefined {
  const routes = createRoutes();
  return createMessageRouter({
    ...routes,
    'faq:refresh-now': { ...routes['faq:refresh-now'], handle: refresh },
  })(message, sender);
}

describe('the router’s faq:refresh-now route', () => {
  const extensionPage = (): Runtime.MessageSender => ({
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/popup.html'),
  });
  const contentScript = (): Runtime.MessageSender => ({
    id: fakeBrowser.runtime.id,
    url: 'https://apps-versailles.beta.education.fr/signup',
    tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  });
  const answer: FaqRefreshResponse = {
    status: 'not-modified',
    messageKey: 'faq.refresh.notModified',
    params: {},
  };

  it('answers "refresh now" from our own pages', async () => {
    const refresh = vi.fn(async () => answer);
    await expect(handleFaqMessage({ type: 'faq:refresh-now' }, extensionPage(), refresh)).resolves.toEqual(
      answer,
    );
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('leaves other features’ messages to their listeners', () => {
    const refresh = vi.fn(async () => answer);
    expect(handleFaqMessage({ type: 'signin:get-state' }, extensionPage(), refresh)).toBeUndefined();
    expect(handleFaqMessage('faq:refresh-now', extensionPage(), refresh)).toBeUndefined();
    expect(handleFaqMessage(null, extensionPage(), refresh)).toBeUndefined();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('ignores malformed messages and other senders (content scripts, other extensions)', () => {
    const refresh = vi.fn(async () => answer);
    expect(
      handleFaqMessage({ type: 'faq:refresh-now', url: 'https://evil.example/' }, extensionPage(), refresh),
    ).toBe(undefined);
    expect(handleFaqMessage({ type: 'faq:unknown' }, extensionPage(), refresh)).toBeUndefined();
    expect(handleFaqMessage({ type: 'faq:refresh-now' }, contentScript(), refresh)).toBeUndefined();
    expect(
      handleFaqMessage(
        { type: 'faq:refresh-now' },
        { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' },
        refresh,
      ),
    ).toBeUndefined();
    expect(
      handleFaqMessage({ type: 'faq:refresh-now' }, { id: fakeBrowser.runtime.id }, refresh),
    ).toBeUndefined();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('the registered listener answers even though the browser passes `sendResponse` third', async () => {
    registerMessageRouter();
    const sendResponse = vi.fn();
    // The fake's types know two arguments; the real browsers (and the polyfill) pass three.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const answers = await trigger({ type: 'faq:refresh-now' }, extensionPage(), sendResponse);
    expect(answers).toEqual([{ status: 'no-url', messageKey: 'faq.refresh.noUrl', params: {} }]);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('round trip: the popup’s request, the background’s answer, checked again by the popup', async () => {
    const send = async (message: unknown) =>
      handleFaqMessage(message, extensionPage(), () =>
        runFaqRefresh({ url: undefined, idbFactory: new IDBFactory() }),
      );
    await expect(requestFaqRefresh(send)).resolves.toEqual({
      status: 'no-url',
      messageKey: 'faq.refresh.noUrl',
      params: {},
    });
  });
});

describe('popup client', () => {
  it('treats an unreachable background or a malformed answer as a failed refresh', async () => {
    const failed = { status: 'error', messageKey: 'faq.refresh.error.unexpected', params: {} };
    await expect(
      requestFaqRefresh(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    ).resolves.toEqual(failed);
    await expect(requestFaqRefresh(async () => undefined)).resolves.toEqual(failed);
    await expect(
      requestFaqRefresh(async () => ({ status: 'updated', messageKey: 'faq.refresh.hacked', params: {} })),
    ).resolves.toEqual(failed);
  });

  it('reads the cache the background wrote, and searches it', async () => {
    const idbFactory = new IDBFactory();
    await storeDownloadedCopy(idbFactory);
    const snapshot = await readFaqSnapshot({ idbFactory });
    expect(snapshot.storage).toBe('indexeddb');
    expect(snapshot.meta.source).toBe('network');
    expect(createFaqIndex(snapshot.entries).search('quota')[0]?.id).toBe(QUOTA_ID);
    expect(answerOf(snapshot.entries, QUOTA_ID)).toContain('Nouveau quota');
  });

  it("a remote FAQ replaces the 2020 part only: today's bundled answers stay in front of it", async () => {
    const idbFactory = new IDBFactory();
    const remote = bundled2020Faq.map((e) =>
      e.id === QUOTA_ID
        ? { ...e, answer: [{ type: 'p' as const, content: [{ text: 'Quota distant.' }] }] }
        : e,
    );
    await runFaqRefresh({ url: FAQ_URL, fetch: jsonFetch(documentOf(remote)), idbFactory, now: NOW });
    const stored = await storedEntries(idbFactory);
    expect(stored.entries.map((e) => e.id)).toEqual(remote.map((e) => e.id));
    const snapshot = await readFaqSnapshot({ idbFactory });
    expect(snapshot.entries.map((e) => e.id)).toEqual([...bundledTodayFaq, ...remote].map((e) => e.id));
    expect(answerOf(snapshot.entries, QUOTA_ID)).toContain('Quota distant.');
  });

  it('a remote FAQ that carries its own today entries replaces both parts', async () => {
    const idbFactory = new IDBFactory();
    const today: FaqEntry = {
      id: 'nouvelle-question-du-jour',
      question: 'Une question d’aujourd’hui, servie par la source',
      section: 'Aujourd’hui',
      era: 'today',
      answer: [{ type: 'p', content: [{ text: 'Réponse de la source.' }] }],
    };
    await runFaqRefresh({
      url: FAQ_URL,
      fetch: jsonFetch(documentOf([today, ...bundled2020Faq])),
      idbFactory,
      now: NOW,
    });
    const snapshot = await readFaqSnapshot({ idbFactory });
    expect(snapshot.entries.map((e) => e.id)).toEqual([today.id, ...bundled2020Faq.map((e) => e.id)]);
  });

  it('falls back to the bundled copy in memory when IndexedDB is unavailable', async () => {
    const snapshot = await readFaqSnapshot({ idbFactory: brokenFactory });
    expect(snapshot.storage).toBe('memory');
    expect(snapshot.entries).toEqual(bundledFaq);
    expect(createFaqIndex(snapshot.entries).search('élèves')[0]?.id).toBe(
      'pourquoi-mes-eleves-ne-peuvent-pas-creer-de-compte',
    );
  });
});

describe('install, alarm and address changes', () => {
  it('seedFaq writes the bundled copy into an empty cache', async () => {
    const idbFactory = new IDBFactory();
    await seedFaq(idbFactory);
    const stored = await storedEntries(idbFactory);
    expect(stored.source).toBe('bundled');
    expect(stored.entries).toEqual(bundledFaq);
  });

  it('creates the daily alarm once, without pushing an existing one back', async () => {
    await ensureFaqAlarm(fakeBrowser.alarms);
    const first = await fakeBrowser.alarms.get(FAQ_ALARM);
    expect(first?.periodInMinutes).toBe(FAQ_REFRESH_PERIOD_MINUTES);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await ensureFaqAlarm(fakeBrowser.alarms);
    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(FAQ_ALARM)).toBe(first);
  });

  it('notices a change of the FAQ address, by the user or by the administrator', () => {
    const settings = (faqUrl?: string) => ({ version: 2, ...(faqUrl ? { faqUrl } : {}) });
    expect(faqUrlChanged({ [SETTINGS_KEY]: { oldValue: settings(), newValue: settings(FAQ_URL) } })).toBe(
      true,
    );
    expect(faqUrlChanged({ [SETTINGS_KEY]: { oldValue: settings(FAQ_URL), newValue: settings() } })).toBe(
      true,
    );
    expect(
      faqUrlChanged({
        [SETTINGS_KEY]: { oldValue: { ...settings(FAQ_URL), theme: 'dark' }, newValue: settings(FAQ_URL) },
      }),
    ).toBe(false);
    expect(faqUrlChanged({ [MANAGED_CACHE_KEY]: { oldValue: {}, newValue: { faqUrl: FAQ_URL } } })).toBe(
      true,
    );
    expect(faqUrlChanged({ [MANAGED_CACHE_KEY]: { oldValue: {}, newValue: { platform: 'national' } } })).toBe(
      false,
    );
    expect(faqUrlChanged({ other: { newValue: 1 } })).toBe(false);
  });
});
