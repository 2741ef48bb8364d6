import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledHostData } from '@/lib/platform/hosts';
import type { HostData, Platform } from '@/lib/platform/schemas';
import { addToIdBook, emptyIdBook, idBookLookup } from '@/lib/share/book';
import {
  addressOf,
  clipboardTextFor,
  copyableIds,
  hostToRemember,
  shareIdsFromText,
  type ShareItem,
} from '@/lib/share/share';
import { describeShareError, hostExplanation, shareNotice, shareReason } from '@/locales/share';
import {
  addToShareHistory,
  clearShareHistory,
  mergeShareHistory,
  parseShareHistory,
  readShareHistory,
  SHARE_HISTORY_KEY,
  SHARE_HISTORY_MAX,
} from '@/lib/share/history';
import {
  MAX_CLIPBOARD_TEXT,
  offscreenCopyMessage,
  offscreenCopyMessageSchema,
  parseOffscreenCopyMessage,
} from '@/lib/messaging/share';
import type { KeyValueStore } from '@/lib/settings/settings';

const beta = { platform: 'beta' as Platform };
const national = { platform: 'national' as Platform };
const kinds = (items: ShareItem[]) => items.map((i) => (i.kind === 'error' ? `error:${i.code}` : i.kind));

describe('shareIdsFromText: what is found', () => {
  it.each([
    [
      'Écrire à Jean Dupont <jean.dupont@ac-lyon.fr>',
      ['jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr'],
    ],
    ['prenom.nom@ac-grenoble.fr', ['prenom.nom@ac-grenoble.fr@cloud-grenoble.beta.education.fr']],
    ['  JEAN.Dupont@AC-LYON.FR  ', ['jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr']],
    [
      'mailto:jean.dupont@ac-lyon.fr,marie.curie@ac-grenoble.fr?subject=Réunion',
      [
        'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
        'marie.curie@ac-grenoble.fr@cloud-grenoble.beta.education.fr',
      ],
    ],
    [
      'À : "Dupont, Jean" <jean.dupont@ac-lyon.fr>; Marie Curie <marie.curie@ac-nancy-metz.fr>',
      [
        'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr',
        'marie.curie@ac-nancy-metz.fr@cloud-nancy.beta.education.fr',
      ],
    ],
    ['jean@ac-lyon.fr, jean@ac-lyon.fr; JEAN@ac-lyon.fr', ['jean@ac-lyon.fr@cloud-lyon.beta.education.fr']],
    ['ce.0690001A@ac-lyon.fr', ['ce.0690001a@ac-lyon.fr@cloud-lyon.beta.education.fr']],
    ['paul.martin@ac-caen.fr', ['paul.martin@ac-caen.fr@cloud-normandie.beta.education.fr']],
  ])('%j → %j', (text, ids) => {
    const items = shareIdsFromText(text, beta);
    expect(copyableIds(items)).toEqual(ids);
    expect(items.every((i) => i.kind === 'id')).toBe(true);
  });

  it.each([
    ['', 'no-address'],
    ['   ', 'no-address'],
    ['Bonjour à tous', 'no-address'],
    ['bob@gmail.com', 'not-staff'],
    ['x@ac-lyon.fr.evil.example', 'not-staff'],
    ['prénom.nom@ac-lyon.fr', 'invalid-chars'],
    ['jean+test@ac-lyon.fr', 'invalid-chars'],
  ])('%j → error %s, nothing to copy', (text, code) => {
    const items = shareIdsFromText(text, beta);
    expect(kinds(items)).toEqual([`error:${code}`]);
    expect(clipboardTextFor(items)).toBe('');
    const [item] = items;
    if (item?.kind !== 'error') throw new Error('expected an error');
    // The popup explains it in full, in either language.
    expect(describeShareError(item.code, item, 'fr').length).toBeGreaterThan(20);
    expect(describeShareError(item.code, item, 'en').length).toBeGreaterThan(20);
  });

  it('keeps the order of appearance, mixing IDs, cloud IDs and failures', () => {
    const items = shareIdsFromText(
      'bob@gmail.com, jean.dupont@ac-lyon.fr@nuage03.apps.education.fr; marie.curie@ac-grenoble.fr',
      beta,
    );
    expect(kinds(items)).toEqual(['error:not-staff', 'cloud-id', 'id']);
    expect(items.map(addressOf)).toEqual([
      'bob@gmail.com',
      'jean.dupont@ac-lyon.fr',
      'marie.curie@ac-grenoble.fr',
    ]);
  });

  it('never hands out a bare address as an ID', () => {
    for (const platform of ['beta', 'national'] as const) {
      const ids = copyableIds(shareIdsFromText('jean.dupont@ac-lyon.fr', { platform }));
      expect(ids).not.toContain('jean.dupont@ac-lyon.fr');
    }
  });

  it('handles a long pasted list in one pass (thousands of addresses and cloud IDs)', () => {
    const parts: string[] = [];
    for (let i = 0; i < 5000; i++) {
      parts.push(`Prénom${i} <p${i}@ac-lyon.fr>`, `c${i}@ac-nice.fr@nuage03.apps.education.fr`);
    }
    const items = shareIdsFromText(parts.join('; '), beta);
    expect(items).toHaveLength(10_000);
    expect(kinds(items.slice(0, 4))).toEqual(['id', 'cloud-id', 'id', 'cloud-id']);
    expect(items.at(-1)).toMatchObject({ kind: 'cloud-id', user: 'c4999@ac-nice.fr' });
  });

  it('a percent-encoded mailto: recipient is still found, next to the others', () => {
    const items = shareIdsFromText('a@ac-lyon.fr@nuage03.apps.education.fr mailto:%6Aean@ac-lyon.fr', beta);
    expect(copyableIds(items)).toEqual([
      'a@ac-lyon.fr@nuage03.apps.education.fr',
      'jean@ac-lyon.fr@cloud-lyon.beta.education.fr',
    ]);
  });

  it('never throws on odd input', () => {
    for (const text of [
      '@@@',
      'a@b@c@d',
      '<>',
      'mailto:',
      'mailto:%E0%A4%A',
      '@'.repeat(10_000),
      undefined,
    ]) {
      expect(() => shareIdsFromText(text as string, beta)).not.toThrow();
    }
  });
});

describe('shareIdsFromText: pasted cloud IDs', () => {
  it.each([
    [
      'jean.dupont@ac-lyon.fr@nuage03.apps.education.fr',
      'jean.dupont@ac-lyon.fr',
      'nuage03.apps.education.fr',
      true,
    ],
    [
      'Jean.Dupont@ac-lyon.fr@cloud-lyon.beta.education.fr.',
      'jean.dupont@ac-lyon.fr',
      'cloud-lyon.beta.education.fr',
      true,
    ],
    ['<bob@gmail.com@nuage03.apps.education.fr>', 'bob@gmail.com', 'nuage03.apps.education.fr', false],
    [
      'jean@ac-lyon.fr@nuage03.apps.education.fr/index.php/s/abc',
      'jean@ac-lyon.fr',
      'nuage03.apps.education.fr',
      true,
    ],
  ])('%j → user %s on %s (staff %s)', (text, user, host, staff) => {
    const items = shareIdsFromText(text, national);
    expect(items).toEqual([
      expect.objectContaining({ kind: 'cloud-id', user, host, staff, id: `${user}@${host}` }),
    ]);
    expect(clipboardTextFor(items)).toBe(`${user}@${host}`);
  });

  it('a cloud ID that Nextcloud refuses is explained through its address', () => {
    expect(kinds(shareIdsFromText('prénom.nom@ac-lyon.fr@nuage03.apps.education.fr', beta))).toEqual([
      'error:invalid-chars',
    ]);
  });
});

describe('shareIdsFromText: which server', () => {
  const address = 'jean.dupont@ac-lyon.fr';

  it.each([
    // platform, remembered, typed, expected source, expected host (undefined: no ID)
    ['beta', undefined, undefined, 'academy', 'cloud-lyon.beta.education.fr'],
    ['beta', 'nuage05.apps.education.fr', undefined, 'remembered', 'nuage05.apps.education.fr'],
    [
      'beta',
      'nuage05.apps.education.fr',
      'https://nuage07.apps.education.fr/index.php/s/Xy',
      'given',
      'nuage07.apps.education.fr',
    ],
    ['beta', undefined, 'marie@ac-lyon.fr@nuage02.apps.education.fr', 'given', 'nuage02.apps.education.fr'],
    // Issue 12: on the national platform nothing is built from an address, whatever the host.
    ['national', undefined, undefined, undefined, undefined],
    ['national', 'nuage05.apps.education.fr', undefined, undefined, undefined],
    [
      'national',
      'nuage05.apps.education.fr',
      'https://nuage07.apps.education.fr/index.php/s/Xy',
      undefined,
      undefined,
    ],
    ['national', undefined, '   ', undefined, undefined],
  ] as const)('%s, remembered %s, typed %s → %s %s', (platform, remembered, typed, source, host) => {
    const [item] = shareIdsFromText(`Jean <${address}>`, {
      platform,
      rememberedHosts: remembered ? { [address]: remembered } : {},
      hostOverrides: typed === undefined ? {} : { [address]: typed },
    });
    if (host === undefined) {
      expect(item).toMatchObject({ kind: 'error', code: 'unknown-id', address });
      return;
    }
    expect(item).toMatchObject({ kind: 'id', id: `${address}@${host}`, host, hostSource: source });
  });

  it('a typed host that is not a server gives invalid-host, naming it (beta)', () => {
    const [item] = shareIdsFromText(address, { ...beta, hostOverrides: { [address]: 'pas un serveur' } });
    expect(item).toMatchObject({
      kind: 'error',
      code: 'invalid-host',
      host: 'pas un serveur',
      hostSource: 'given',
    });
  });

  it('remembered hosts apply per address only (beta)', () => {
    const data: HostData = { ...bundledHostData, overrides: { lyon: { nextcloud: null } } };
    const items = shareIdsFromText(`${address}, marie@ac-lyon.fr`, {
      ...beta,
      data,
      rememberedHosts: { [address]: 'nuage05.apps.education.fr' },
    });
    expect(kinds(items)).toEqual(['id', 'error:no-host']);
  });
});

describe('shareIdsFromText: the book of IDs (national platform, issue 12)', () => {
  const book = idBookLookup(
    [
      { id: 'jdupont@nuage06.apps.education.fr', address: 'jean.dupont@ac-lyon.fr', name: 'Jean Dupont' },
      { id: 'jdupont@nuage02.apps.education.fr', address: 'jean.dupont@ac-nice.fr' },
    ].reduce((b, e) => {
      const r = addToIdBook(b, { ...e, how: 'pasted' }, 1);
      if (!r.ok) throw new Error(r.code);
      return r.book;
    }, emptyIdBook()),
  );

  it('a known address gives the ID of the book; an unknown one says so', () => {
    const items = shareIdsFromText('jean.dupont@ac-lyon.fr; marie.curie@ac-lyon.fr; jean.dupont@ac-nice.fr', {
      ...national,
      book,
    });
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'id',
        address: 'jean.dupont@ac-lyon.fr',
        id: 'jdupont@nuage06.apps.education.fr',
        hostSource: 'book',
        name: 'Jean Dupont',
      }),
      expect.objectContaining({ kind: 'error', code: 'unknown-id', address: 'marie.curie@ac-lyon.fr' }),
      expect.objectContaining({
        kind: 'id',
        address: 'jean.dupont@ac-nice.fr',
        id: 'jdupont@nuage02.apps.education.fr',
      }),
    ]);
    expect(clipboardTextFor(items)).toBe(
      'jdupont@nuage06.apps.education.fr\njdupont@nuage02.apps.education.fr',
    );
  });

  it.each(['national', 'beta'] as const)(
    'a real national ID is recognised, never « not staff » (%s)',
    (platform) => {
      const items = shareIdsFromText('Voici : jdupont@nuage06.apps.education.fr.', { platform, book });
      expect(items).toEqual([
        {
          kind: 'cloud-id',
          id: 'jdupont@nuage06.apps.education.fr',
          user: 'jdupont',
          host: 'nuage06.apps.education.fr',
          staff: true,
          account: true,
          inBook: true,
          address: 'jean.dupont@ac-lyon.fr',
          name: 'Jean Dupont',
        },
      ]);
      expect(shareIdsFromText('x.y@nuage03.apps.education.fr', { platform })).toEqual([
        expect.objectContaining({ kind: 'cloud-id', account: true, inBook: false, staff: true }),
      ]);
    },
  );

  it('an ID on another server is not taken for a federation ID', () => {
    expect(kinds(shareIdsFromText('jdupont@example.com', national))).toEqual(['error:not-staff']);
  });
});

describe('explanations', () => {
  it.each([
    [
      'beta',
      {},
      'fr',
      'Serveur de l’académie (Lyon, plateforme beta), déduit de l’adresse : cloud-lyon.beta.education.fr',
    ],
    [
      'beta',
      {},
      'en',
      'Server of the academy (Lyon, beta platform), derived from the address: cloud-lyon.beta.education.fr',
    ],
    [
      'beta',
      { 'a.b@ac-lyon.fr': 'nuage05.apps.education.fr' },
      'fr',
      'Serveur mémorisé pour cette adresse : nuage05.apps.education.fr',
    ],
  ] as const)('%s %j %s', (platform, rememberedHosts, lang, text) => {
    const [item] = shareIdsFromText('a.b@ac-lyon.fr', { platform, rememberedHosts });
    if (!item || item.kind === 'error') throw new Error('expected an ID');
    expect(hostExplanation(item, lang)).toBe(text);
  });

  it('explains a pasted cloud ID', () => {
    const [item] = shareIdsFromText('a.b@ac-lyon.fr@nuage03.apps.education.fr', beta);
    if (!item || item.kind === 'error') throw new Error('expected a cloud ID');
    expect(hostExplanation(item, 'fr')).toBe('Serveur de l’identifiant collé : nuage03.apps.education.fr');
  });

  it.each([
    ['bob@gmail.com', 'fr', 'n’est pas une adresse académique'],
    ['bob@gmail.com', 'en', 'not an academic address'],
    ['prénom@ac-lyon.fr', 'fr', '« é »'],
    ['x', 'en', 'no e-mail address'],
  ] as const)('reason for %j in %s mentions %j', (text, lang, part) => {
    const [item] = shareIdsFromText(text, beta);
    if (item?.kind !== 'error') throw new Error('expected an error');
    expect(shareReason(item, lang)).toContain(part);
  });
});

describe('shareNotice', () => {
  it('one ID: names it and says where to paste it', () => {
    const notice = shareNotice(shareIdsFromText('Jean Dupont <jean.dupont@ac-lyon.fr>', beta), 'fr');
    expect(notice).toEqual({
      ok: true,
      title: 'Identifiant de partage copié',
      message:
        'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr\nCollez-le dans le champ de partage de Nuage (Nextcloud).',
    });
  });

  it('several IDs and a failure: lists the IDs, then what was not copied and why', () => {
    const items = shareIdsFromText('a@ac-lyon.fr, bob@gmail.com, b@ac-nice.fr', beta);
    const notice = shareNotice(items, 'fr');
    expect(notice.ok).toBe(true);
    expect(notice.title).toBe('2 identifiants de partage copiés');
    expect(notice.message.split('\n')).toEqual([
      'a@ac-lyon.fr@cloud-lyon.beta.education.fr',
      'b@ac-nice.fr@cloud-nice.beta.education.fr',
      expect.stringMatching(/^Non copié : bob@gmail\.com : ce n’est pas une adresse académique/),
    ]);
  });

  it.each([
    ['Bonjour', 'fr', 'Aucune adresse électronique n’a été trouvée.'],
    ['Hello', 'en', 'No e-mail address was found.'],
  ] as const)('nothing found (%s)', (text, lang, message) => {
    const notice = shareNotice(shareIdsFromText(text, beta), lang);
    expect(notice).toMatchObject({ ok: false, message });
  });

  it('a Gmail address: says why, in French', () => {
    const notice = shareNotice(shareIdsFromText('bob@gmail.com', beta), 'fr');
    expect(notice.ok).toBe(false);
    expect(notice.title).toBe('Rien n’a été copié');
    expect(notice.message).toMatch(/^bob@gmail\.com : ce n’est pas une adresse académique/);
  });

  it('national platform, unknown ID: nothing copied, says why and offers the share tab', () => {
    const notice = shareNotice(shareIdsFromText('a@ac-lyon.fr', national), 'fr');
    expect(notice).toMatchObject({ ok: false, title: 'Identifiant inconnu : rien n’a été copié' });
    expect(notice.message).toContain(
      'a@ac-lyon.fr : son identifiant de fédération n’est pas dans votre carnet',
    );
    expect(notice.message).toContain('onglet « Partager »');
    expect(shareNotice(shareIdsFromText('a@ac-lyon.fr', national), 'en').title).toBe(
      'Unknown ID: nothing was copied',
    );
  });

  it('a failed clipboard write is not reported as a copy', () => {
    const notice = shareNotice(shareIdsFromText('a@ac-lyon.fr', beta), 'en', false);
    expect(notice).toMatchObject({ ok: false, title: 'Nothing was copied' });
  });
});

describe('hostToRemember', () => {
  it.each([
    ['nuage03.apps.education.fr', 'nuage03.apps.education.fr'],
    [' https://Nuage03.apps.education.fr/apps/files/?dir=/ ', 'nuage03.apps.education.fr'],
    ['https://nuage03.apps.education.fr/index.php/s/AbCd', 'nuage03.apps.education.fr'],
    ['marie@ac-lyon.fr@nuage02.apps.education.fr', 'nuage02.apps.education.fr'],
    ['pas un serveur', undefined],
    ['', undefined],
    ['ftp://nuage03.apps.education.fr', undefined],
  ])('%j → %s', (input, host) => {
    expect(hostToRemember(input)).toBe(host);
  });
});

function memoryStore(
  initial: Record<string, unknown> = {},
): KeyValueStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) {
      return key in data ? { [key]: data[key] } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('share history', () => {
  it('adds newest first, moves a repeated ID to the top, keeps at most 20', async () => {
    const store = memoryStore();
    await addToShareHistory(store, [{ id: 'a@ac-lyon.fr@x.fr', address: 'a@ac-lyon.fr' }], 1);
    await addToShareHistory(store, [{ id: 'b@ac-lyon.fr@x.fr' }], 2);
    const history = await addToShareHistory(store, [{ id: 'a@ac-lyon.fr@x.fr', address: 'a@ac-lyon.fr' }], 3);
    expect(history).toEqual([
      { id: 'a@ac-lyon.fr@x.fr', address: 'a@ac-lyon.fr', at: 3 },
      { id: 'b@ac-lyon.fr@x.fr', at: 2 },
    ]);
    for (let i = 0; i < 30; i++) await addToShareHistory(store, [{ id: `u${i}@ac-lyon.fr@x.fr` }], 10 + i);
    const full = await readShareHistory(store);
    expect(full).toHaveLength(SHARE_HISTORY_MAX);
    expect(full[0]?.id).toBe('u29@ac-lyon.fr@x.fr');
  });

  it('clears', async () => {
    const store = memoryStore();
    await addToShareHistory(store, [{ id: 'a@ac-lyon.fr@x.fr' }], 1);
    await clearShareHistory(store);
    expect(await readShareHistory(store)).toEqual([]);
  });

  it('validates what it reads back: bad entries are dropped, a bad value gives []', async () => {
    expect(parseShareHistory('nope')).toEqual([]);
    expect(parseShareHistory(undefined)).toEqual([]);
    const store = memoryStore({
      [SHARE_HISTORY_KEY]: [
        { id: 'ok@ac-lyon.fr@x.fr', at: 5 },
        { id: 42, at: 1 },
        { id: 'no-date@x.fr' },
        null,
        { id: 'x'.repeat(600), at: 1 },
        { id: 'ok2@ac-lyon.fr@x.fr', at: 6, address: 'ok2@ac-lyon.fr' },
      ],
    });
    expect(await readShareHistory(store)).toEqual([
      { id: 'ok@ac-lyon.fr@x.fr', at: 5 },
      { id: 'ok2@ac-lyon.fr@x.fr', at: 6, address: 'ok2@ac-lyon.fr' },
    ]);
  });

  it('merge deduplicates the added entries themselves', () => {
    expect(mergeShareHistory([], [{ id: 'a@b.fr@c.fr' }, { id: 'a@b.fr@c.fr' }], 1)).toEqual([
      { id: 'a@b.fr@c.fr', at: 1 },
    ]);
  });

  it('adding nothing writes nothing', async () => {
    const store = memoryStore();
    await addToShareHistory(store, [], 1);
    expect(store.data).toEqual({});
  });
});

describe('offscreen message', () => {
  it('round-trips through its schema and refuses anything else', () => {
    expect(offscreenCopyMessageSchema.safeParse(offscreenCopyMessage('a\nb')).success).toBe(true);
    for (const bad of [
      { type: 'share:offscreen-copy', target: 'offscreen', text: '' },
      { type: 'share:offscreen-copy', text: 'x' },
      { type: 'other', target: 'offscreen', text: 'x' },
      'share:offscreen-copy',
    ]) {
      expect(offscreenCopyMessageSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('the zod-free guard of the offscreen page agrees with the schema', () => {
    const agree = (raw: unknown) => {
      const parsed = offscreenCopyMessageSchema.safeParse(raw);
      expect(parseOffscreenCopyMessage(raw)).toEqual(parsed.success ? parsed.data : undefined);
    };
    for (const raw of [
      offscreenCopyMessage('x'),
      { ...offscreenCopyMessage('x'), extra: 1 },
      { type: 'share:offscreen-copy', target: 'offscreen', text: 'x'.repeat(MAX_CLIPBOARD_TEXT) },
      { type: 'share:offscreen-copy', target: 'offscreen', text: 'x'.repeat(MAX_CLIPBOARD_TEXT + 1) },
      { type: 'share:offscreen-copy', target: 'offscreen', text: '' },
      { type: 'share:offscreen-copy', target: 'popup', text: 'x' },
      [],
      null,
      42,
    ]) {
      agree(raw);
    }
    fc.assert(
      fc.property(
        fc.record(
          {
            type: fc.constantFrom('share:offscreen-copy', 'other', 1),
            target: fc.constantFrom('offscreen', 'background', null),
            text: fc.oneof(fc.string(), fc.integer()),
          },
          { requiredKeys: [] },
        ),
        agree,
      ),
    );
  });
});
