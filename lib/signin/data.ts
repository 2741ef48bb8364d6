import * as z from 'zod/mini';
import { SERVICE_IDS } from '../platform/schemas';
import type { DeskData } from './desk';
import type { SignInData } from './signin';

/**
 * Schema of assets/data/signin.json (the sign-in and sign-up page paths of each service). Kept apart
 * from lib/signin/signin.ts so that zod stays out of the content script; the unit tests validate the bundled
 * file with it, and a remote catalogue replacing the file would be validated with it too.
 */

/** A path pattern: lower-case segments of URL path characters, `*` for one segment, a final `**`. */
const SEGMENT = /^(?:[a-z0-9._~-]+|\*)$/;

export const signInPathSchema = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.refine((path) => {
    if (!path.startsWith('/')) return false;
    const segments = path.split('/').slice(1);
    if (segments.length === 1 && segments[0] === '') return true; // "/"
    return segments.every(
      (segment, i) => SEGMENT.test(segment) || (segment === '**' && i === segments.length - 1),
    );
  }, 'path pattern expected: /segment/*/…, lower case, optional final /**'),
);

export const signInPathEntrySchema = z.object({
  path: signInPathSchema,
  /** A reasonable guess, not seen on the platform itself. */
  inferred: z.optional(z.boolean()),
  /** Where the path comes from (free text, for maintainers). */
  source: z.optional(z.string().check(z.maxLength(300))),
});

export const signInDataSchema = z.object({
  services: z.partialRecord(z.enum(SERVICE_IDS), z.array(signInPathEntrySchema).check(z.maxLength(50))),
});

/** Validates sign-in path data (a remote catalogue's, or the bundled file in the tests). */
export function parseSignInData(raw: unknown): SignInData | undefined {
  const result = signInDataSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** Schema of assets/data/signin-desks.json (lib/signin/desk.ts): the academy desk list of today's platform. */
export const deskDataSchema = z.object({
  hosts: z
    .array(z.string().check(z.regex(/^[a-z0-9.-]+\.education\.fr$/, 'a host under education.fr')))
    .check(z.maxLength(20)),
  paths: z.array(signInPathEntrySchema).check(z.maxLength(50)),
  ignoredWords: z.array(z.string().check(z.regex(/^[a-z]{1,30}$/))).check(z.maxLength(50)),
  aliases: z
    .array(
      z.object({
        academy: z.string().check(z.minLength(1), z.maxLength(64)),
        names: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)),
        inferred: z.optional(z.boolean()),
        source: z.optional(z.string().check(z.maxLength(300))),
      }),
    )
    .check(z.maxLength(500)),
});

/** Validates desk data (a remote catalogue's or a policy's, or the bundled file in the tests). */
export function parseDeskData(raw: unknown): DeskData | undefined {
  const result = deskDataSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}
