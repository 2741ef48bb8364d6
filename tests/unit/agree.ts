import fc from 'fast-check';
import { expect } from 'vitest';
import { type Check, NO } from '@/lib/util/check';

/**
 * Property tests of the plain checks (lib/util/check.ts) against the zod schemas they mirror (issue 16:
 * the worker loads no zod): for any value, same verdict and, when accepted, the same parsed copy.
 * Values come from `valid` samples, mutated (a node replaced, a key deleted or added, an array emptied
 * or doubled), and from fc.anything().
 */

/** Values that put the rules' limits to the test. */
const edgy: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 8 }),
  // Strings on each side of the limits the schemas use.
  fc
    .constantFrom(
      2,
      3,
      50,
      51,
      63,
      64,
      100,
      101,
      200,
      201,
      253,
      254,
      255,
      256,
      300,
      301,
      500,
      501,
      512,
      513,
      2048,
      2049,
      4096,
      4097,
      20_000,
      20_001,
    )
    .chain((n) =>
      fc.constantFrom(
        'a'.repeat(n),
        `https://a.fr/${'a'.repeat(Math.max(0, n - 13))}`,
        `a@${'b'.repeat(Math.max(1, n - 2))}`,
      ),
    ),
  fc.constantFrom(
    '',
    'a',
    'x'.repeat(64),
    'x'.repeat(201),
    'x'.repeat(256),
    'x'.repeat(501),
    'x'.repeat(20_001),
    -1,
    0,
    -0,
    1,
    1.5,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    null,
    undefined,
    true,
    [],
    {},
    'https://dane.example.fr/x',
    'https://evil.example.com/',
    'http://apps.education.fr/',
    'https://user:pw@apps.education.fr/',
    'mailto:a@b.fr',
    'javascript:alert(1)',
    'nancy-metz',
    'Bad Id',
    'nuage06.apps.education.fr',
    'NOT A HOST',
    'prenom.nom@ac-lyon.fr',
    'national',
    'beta',
    'today',
    'p',
    'ul',
    '__proto__',
  ),
);

type Op = { at: number; op: number; value: unknown; key: string };

function nodesOf(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value))
    value.forEach((item, i) => {
      out.push([value, i]);
      nodesOf(item, out);
    });
  else if (typeof value === 'object' && value !== null)
    for (const key of Object.keys(value)) {
      out.push([value as Record<string, unknown>, key]);
      nodesOf((value as Record<string, unknown>)[key], out);
    }
  return out;
}

function mutate(value: unknown, ops: Op[]): unknown {
  const root = { root: structuredClone(value) as unknown };
  for (const { at, op, value, key } of ops) {
    // A copy: fast-check hands the same constant to many runs, which must never see it changed.
    const replacement = structuredClone(value);
    const nodes = nodesOf(root);
    const [parent, slot] = nodes[at % nodes.length]!;
    const current = (parent as Record<string | number, unknown>)[slot];
    if (op === 0 || op === 1) (parent as Record<string | number, unknown>)[slot] = replacement;
    else if (op === 2 && !Array.isArray(parent) && parent !== root) delete parent[slot as string];
    else if (op === 3 && typeof current === 'object' && current !== null && !Array.isArray(current))
      // An own property, as JSON.parse and structured clones make it (even `__proto__`).
      Object.defineProperty(current, key, {
        value: replacement,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (op === 4 && Array.isArray(current)) current.push(...structuredClone(current));
    else if (op === 5 && Array.isArray(current)) current.length = 0;
  }
  return root.root;
}

/** `valid` samples, each mutated 0 to 3 times. */
export function nearValid(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const op = fc.record({
    at: fc.nat(),
    op: fc.nat(5),
    value: edgy,
    key: fc.constantFrom('extra', 'href', 'en', '__proto__', 'type'),
  });
  return fc.tuple(valid, fc.array(op, { maxLength: 3 })).map(([v, ops]) => mutate(v, ops));
}

const show = (value: unknown): string => {
  try {
    return String(JSON.stringify(value)).slice(0, 500);
  } catch {
    return String(value);
  }
};

interface ZodLike {
  safeParse(value: unknown): { success: true; data: unknown } | { success: false };
}

export function expectAgreement(schema: ZodLike, check: Check<unknown>, value: unknown): void {
  const zod = schema.safeParse(value);
  const plain = check(value);
  expect(plain !== NO, show(value)).toBe(zod.success);
  if (plain !== NO && zod.success) expect(plain).toStrictEqual(zod.data);
}

/** The property: plain check = zod schema on near-valid values and on anything. */
export function assertAgreement(
  schema: ZodLike,
  check: Check<unknown>,
  valid: fc.Arbitrary<unknown>,
  numRuns = 1_000,
): void {
  fc.assert(
    fc.property(fc.oneof({ arbitrary: nearValid(valid), weight: 4 }, fc.anything()), (value) =>
      expectAgreement(schema, check, value),
    ),
    { numRuns },
  );
}
