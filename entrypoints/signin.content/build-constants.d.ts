/**
 * Every path pattern of assets/data/signin.json and signin-desks.json, sorted, once: replaced at build
 * time (wxt.config.ts's `define`, from `signInPathPatterns` in lib/signin/prefilter.ts).
 */
declare const __SIGN_IN_PATH_PATTERNS__: readonly string[];
