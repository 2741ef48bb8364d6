import { describe, expect, it } from 'vitest';
import signInJson from '@/assets/data/signin.json';
import { SERVICE_IDS } from '@/lib';
import { bundledSignInData, isSignInPage } from '@/lib/signin/signin';
import { parseSignInData, signInDataSchema, signInPathSchema } from '@/lib/signin/data';

describe('assets/data/signin.json', () => {
  it('validates against its schema', () => {
    const result = signInDataSchema.safeParse(signInJson);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('is what the library uses', () => {
    expect(bundledSignInData.services).toEqual(signInJson.services);
  });

  it('says where each path comes from, or that it is inferred', () => {
    for (const [service, entries] of Object.entries(signInJson.services)) {
      expect(SERVICE_IDS).toContain(service);
      for (const entry of entries as { path: string; inferred?: boolean; source?: string }[]) {
        expect(entry.inferred === true || typeof entry.source === 'string', `${service} ${entry.path}`).toBe(
          true,
        );
      }
      const paths = (entries as { path: string }[]).map((e) => e.path);
      expect(new Set(paths).size, `duplicate path in ${service}`).toBe(paths.length);
    }
  });

  it('covers the pages the FAQ talks about', () => {
    expect(isSignInPage('https://apps-versailles.beta.education.fr/signup')).toBe(true);
    expect(isSignInPage('https://apps-versailles.beta.education.fr/signin')).toBe(true);
    expect(isSignInPage('https://cloud-grenoble.beta.education.fr/login')).toBe(true);
  });
});

describe('signInPathSchema', () => {
  it.each([
    '/',
    '/login',
    '/index.php/login',
    '/realms/*/login-actions/**',
    '/**',
    '/wp-login.php',
    '/a_b~c',
  ])('accepts %s', (path) => {
    expect(signInPathSchema.safeParse(path).success).toBe(true);
  });

  it.each([
    '',
    'login',
    '/Login',
    '/a b',
    '/a/**/b',
    '/a/***',
    '/a/(.*)',
    '/a/[a-z]+',
    '/a?x=1',
    '/a#b',
    '/a//b',
    `/${'a'.repeat(200)}`,
    'https://evil.example/login',
  ])('refuses %j', (path) => {
    expect(signInPathSchema.safeParse(path).success).toBe(false);
  });

  it('refuses unknown services and malformed files', () => {
    expect(parseSignInData({ services: { mail: [{ path: '/login' }] } })).toBeUndefined();
    expect(parseSignInData({ services: { portal: [{ path: '/login', inferred: 'yes' }] } })).toBeUndefined();
    expect(parseSignInData({ services: { portal: '/login' } })).toBeUndefined();
    expect(parseSignInData(null)).toBeUndefined();
    expect(parseSignInData({ services: { portal: [{ path: '/login' }] } })).toEqual({
      services: { portal: [{ path: '/login' }] },
    });
  });
});
