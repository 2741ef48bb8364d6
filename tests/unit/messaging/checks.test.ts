import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as z from 'zod/mini';
import { checkFaqRefreshNowMessage, faqRefreshNowMessageSchema } from '@/lib/messaging/faq';
import { checkFedIdCapturedMessage, fedIdCapturedMessageSchema } from '@/lib/messaging/fedid';
import { checkNuageSeenMessage, nuageSeenMessageSchema } from '@/lib/messaging/platform';
import { checkOffscreenCopyResponse, offscreenCopyResponseSchema } from '@/lib/messaging/share';
import {
  checkSignInDismissSiteMessage,
  checkSignInGetStateMessage,
  checkSignInOpenUiMessage,
  signInDismissSiteMessageSchema,
  signInGetStateMessageSchema,
  signInOpenUiMessageSchema,
} from '@/lib/messaging/signin';
import { checkLinkClick } from '@/entrypoints/background/link-menu';
import { checkShareClick } from '@/entrypoints/background/share-menu';
import { assertAgreement } from '../agree';

// The background router, the context menus and the copy path check what reaches the worker with plain
// checks (no zod in the worker, issue 16); each must say what the message's zod schema says.

const cases: [
  string,
  Parameters<typeof assertAgreement>[0],
  Parameters<typeof assertAgreement>[1],
  unknown[],
][] = [
  ['faq:refresh-now', faqRefreshNowMessageSchema, checkFaqRefreshNowMessage, [{ type: 'faq:refresh-now' }]],
  ['platform:nuage-seen', nuageSeenMessageSchema, checkNuageSeenMessage, [{ type: 'platform:nuage-seen' }]],
  [
    'signin:get-state',
    signInGetStateMessageSchema,
    checkSignInGetStateMessage,
    [{ type: 'signin:get-state' }],
  ],
  [
    'signin:dismiss-site',
    signInDismissSiteMessageSchema,
    checkSignInDismissSiteMessage,
    [
      { type: 'signin:dismiss-site', host: 'cloud-lyon.beta.education.fr' },
      { type: 'signin:dismiss-site', host: 'xn--bcher-kva.example' },
    ],
  ],
  [
    'signin:open-ui',
    signInOpenUiMessageSchema,
    checkSignInOpenUiMessage,
    [
      {
        type: 'signin:open-ui',
        url: 'https://auth.apps.education.fr/realms/apps/protocol/openid-connect/auth',
      },
      { type: 'signin:open-ui', url: '' },
    ],
  ],
  [
    'fedid:captured',
    fedIdCapturedMessageSchema,
    checkFedIdCapturedMessage,
    [
      { type: 'fedid:captured', id: 'jdupont@nuage06.apps.education.fr', page: 'profile' },
      { type: 'fedid:captured', id: 'a@b', page: 'nuage-sharing' },
    ],
  ],
  [
    'offscreen copy response',
    offscreenCopyResponseSchema,
    checkOffscreenCopyResponse,
    [{ ok: true }, { ok: false }],
  ],
  [
    'link menu click',
    // The schema the link menu used before issue 16.
    z.object({
      menuItemId: z.union([z.string(), z.number()]),
      linkUrl: z.optional(z.string().check(z.maxLength(4096))),
    }),
    checkLinkClick,
    [
      { menuItemId: 'compagnon-link-convert', linkUrl: 'https://tube-numerique.apps.education.fr/w/abc' },
      { menuItemId: 3, editable: false },
    ],
  ],
  [
    'share menu click',
    z.object({
      menuItemId: z.union([z.string(), z.number()]),
      linkUrl: z.optional(z.string()),
      selectionText: z.optional(z.string()),
    }),
    checkShareClick,
    [
      { menuItemId: 'compagnon-share-link', linkUrl: 'mailto:a@ac-lyon.fr' },
      { menuItemId: 'compagnon-share-selection', selectionText: 'a@ac-lyon.fr b@ac-lyon.fr', pageUrl: 'x' },
    ],
  ],
];

describe('plain message checks = zod schemas', () => {
  for (const [name, schema, check, samples] of cases)
    it(`${name}: same verdict and same copy for any value`, () => {
      assertAgreement(schema, check, fc.constantFrom(...samples), 2_000);
    });
});
