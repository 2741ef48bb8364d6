/**
 * Typed i18n: French first, English second. Each screen keeps its strings in its own dictionary
 * (`{ fr: {...}, en: {...} }`, same keys, checked by the type system); `{name}` placeholders are named.
 */
export type Lang = 'fr' | 'en';
export type LanguageSetting = 'auto' | Lang;

export type Dictionary<K extends string> = { fr: Record<K, string>; en: Record<K, string> };

/** Picks French unless the browser (or the user) asks for English; French is the default. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage?: string): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

export function createTranslator<K extends string>(dict: Dictionary<K>, lang: Lang): Translate<K> {
  const table = dict[lang];
  return (key, params) => {
    const text = table[key] ?? dict.fr[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
  };
}
