/**
 * The sign-in content script's placeholder `matches` (entrypoints/signin.content/index.ts), replaced
 * at build time by wxt.config.ts with `signInMatchPatterns()`. A valid pattern that matches nothing
 * real, so a build that forgot to replace it would inject nowhere rather than everywhere.
 */
export const SIGNIN_MATCHES_MARKER = 'https://signin-matches.invalid/*';
