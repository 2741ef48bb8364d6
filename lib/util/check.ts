/**
 * Plain checks that mirror zod/mini schemas, for the code that must not load zod (the background
 * worker's start-up, issue 16). Each check returns the parsed copy, as zod's `data` would be (plain
 * objects, unknown keys dropped, optional keys kept only when present), or `NO`. The zod schemas stay
 * the source of truth: each plain check is property-tested against its schema (tests/unit/**).
 */

import { isObject } from './object';

export const NO: unique symbol = Symbol('invalid');
export type Check<T> = (value: unknown) => T | typeof NO;

/** What zod's record accepts: a plain object (its `isPlainObject`: no class instance). */
const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (!isObject(v)) return false;
  const ctor = v.constructor as unknown;
  if (typeof ctor !== 'function') return true;
  const proto = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.hasOwn(proto, 'isPrototypeOf');
};

/** A string of `min`..`max` UTF-16 units (zod's minLength/maxLength), passing `test` when given. */
export const str =
  (min = 0, max = Infinity, test?: (s: string) => boolean): Check<string> =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max && (!test || test(v)) ? v : NO;

/** A finite number (zod's `z.number()`); `int`: a safe integer (`z.int()`); `min`/`max` inclusive. */
export const num =
  (int = false, min = -Infinity, max = Infinity): Check<number> =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && (!int || Number.isSafeInteger(v)) && v >= min && v <= max
      ? v
      : NO;

export const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? v : NO);

/** One of the given primitive values (`z.enum`, `z.literal`). */
export const oneOf =
  <const T extends string | number>(values: readonly T[]): Check<T> =>
  (v) =>
    (values as readonly unknown[]).includes(v) ? (v as T) : NO;

export const opt =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v) =>
    v === undefined ? undefined : check(v);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v) =>
    v === null ? null : check(v);

/** `check`, then `test` on its result (zod's refine runs on the parsed value). */
export const refine =
  <T>(check: Check<T>, test: (value: T) => boolean): Check<T> =>
  (v) => {
    const r = check(v);
    return r !== NO && test(r) ? r : NO;
  };

export const arr =
  <T>(check: Check<T>, min = 0, max = Infinity): Check<T[]> =>
  (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return NO;
    const out: T[] = [];
    for (const item of v) {
      const r = check(item);
      if (r === NO) return NO;
      out.push(r);
    }
    return out;
  };

/** The first option that accepts (zod's union). */
export const union =
  <A, B>(a: Check<A>, b: Check<B>): Check<A | B> =>
  (v) => {
    const r = a(v);
    return r === NO ? b(v) : r;
  };

export type Shape<T> = { [K in keyof T]-?: Check<T[K]> };

/** `z.object` (unknown keys dropped) or, `strict`, `z.strictObject` (unknown keys refused). */
export const obj =
  <T>(shape: Shape<T>, strict = false): Check<T> =>
  (v) => {
    if (!isObject(v)) return NO;
    if (strict) for (const key in v) if (!Object.hasOwn(shape, key)) return NO;
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      const r = (shape[key] as Check<unknown>)(v[key]);
      if (r === NO) return NO;
      if (r !== undefined || key in v) out[key] = r;
    }
    return out as T;
  };

/** `z.record(key, value)` (and `z.partialRecord` with an enum key): every key and value must pass. */
export const record =
  <K extends string, V>(key: Check<K>, value: Check<V>): Check<Partial<Record<K, V>>> =>
  (v) => {
    if (!isPlain(v)) return NO;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (k === '__proto__') continue;
      const r = value(v[k]);
      if (key(k) === NO || r === NO) return NO;
      out[k] = r;
    }
    return out as Partial<Record<K, V>>;
  };

/** The parsed value, or `fallback` when the check refuses. */
export const parseOr = <T, F>(check: Check<T>, value: unknown, fallback: F): T | F => {
  const r = check(value);
  return r === NO ? fallback : r;
};
