import browser from 'webextension-polyfill';
import type { FaqClient, FaqSnapshot } from '@/components/faq/client';
import { bundledFaq, bundledTodayFaq } from '@/lib/faq/data';
import { withTodayPart } from '@/lib/faq/era';
import { loadFaq, type LoadFaqOptions } from '@/lib/faq/store';
import { faqRefreshNowMessage, type FaqRefreshResponse, faqRefreshResponseSchema } from '@/lib/messaging/faq';

/**
 * Reads the FAQ cache once and lets go of the database (the background may need to upgrade it).
 * A remote FAQ in the cache replaces the 2020 part only: today's bundled answers are put back in
 * front of it unless it has its own.
 */
export async function readFaqSnapshot(
  options: Omit<LoadFaqOptions, 'bundled'> & { bundled?: LoadFaqOptions['bundled'] } = {},
): Promise<FaqSnapshot> {
  const loaded = await loadFaq({ ...options, bundled: options.bundled ?? bundledFaq });
  if (loaded.source === 'indexeddb') loaded.db.close();
  return {
    entries: withTodayPart(loaded.entries, bundledTodayFaq),
    meta: loaded.meta,
    storage: loaded.source,
  };
}

const failed: FaqRefreshResponse = {
  status: 'error',
  messageKey: 'faq.refresh.error.unexpected',
  params: {},
};

/** Asks the background; an unreachable background or a malformed answer counts as a failure. */
export async function requestFaqRefresh(
  send: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
): Promise<FaqRefreshResponse> {
  try {
    const parsed = faqRefreshResponseSchema.safeParse(await send(faqRefreshNowMessage()));
    return parsed.success ? parsed.data : failed;
  } catch {
    return failed;
  }
}

/** The FAQ tab's client: IndexedDB only here; the network belongs to the background. */
export function createFaqClient(): FaqClient {
  return {
    load: () => readFaqSnapshot(),
    refresh: () => requestFaqRefresh(),
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
  };
}
