import { DNS_NAME, isDnsName } from '../platform/dns-name';

/**
 * Finds e-mail addresses in whatever a user pastes: free text, `Prénom Nom <adresse>`,
 * `"Dupont, Jean" <jean.dupont@ac-lyon.fr>`, lists separated by commas, semicolons or new lines, and
 * `mailto:` URLs (percent-encoded or not).
 *
 * No big regular expression: the text is scanned around each `@`, expanding left over local-part
 * characters and right over domain characters. Each expansion stops at the neighbouring `@`, so the
 * work is linear in the input size whatever it contains (no catastrophic backtracking).
 *
 * Deliberately lenient on characters: accented letters and `+` in the local part are *found*
 * (`prénom.nom@ac-lyon.fr`, `jean+test@ac-lyon.fr`) so that buildShareId can explain why Nextcloud
 * refuses them, instead of silently finding nothing or a truncated address.
 */

/** Longer inputs give [] rather than a partial answer (1 MB is far more than any pasted list). */
export const MAX_ADDRESS_INPUT_LENGTH = 1_000_000;
const MAX_LOCAL_LENGTH = 64;
const MAX_DOMAIN_LENGTH = 253;

// The `\p{…}` patterns are made at first use, not when the module loads: Chrome takes ~0.5 ms to create
// one, which weighed on every start of the service worker (issue 16), whether it read an address or not.
let localChar: RegExp | undefined;
let domainChar: RegExp | undefined;
let invisible: RegExp | undefined;
/** Letters (any script), combining marks, digits and `. _ + - '`. No `=`, `%`, `&`: URL query noise. */
const LOCAL_CHAR = () => (localChar ??= /^[\p{L}\p{M}\p{N}._+'-]$/u);
const DOMAIN_CHAR = () => (domainChar ??= /^[\p{L}\p{M}\p{N}.-]$/u);
/**
 * Characters allowed in an address by RFC 5322 but not found by this scanner: when one sits right
 * before the local part, the real local part is longer than what was found, so nothing is reported
 * rather than a truncated (wrong) address.
 */
const UNSUPPORTED_ATEXT = new Set(['!', '#', '$', '%', '*', '^', '`', '{', '|', '}', '~']);
const MAILTO = /mailto:[^\s<>"]*/gi;
const MAILTO_RECIPIENT_FIELDS = new Set(['to', 'cc', 'bcc']);

/** decodeURIComponent that never throws: on malformed input, decodes the ASCII `%XX` escapes only. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%([0-9a-fA-F]{2})/g, (escape, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : escape;
    });
  }
}

/**
 * The recipients of a `mailto:` URL (RFC 6068): the comma-separated path plus the `to`, `cc` and `bcc`
 * fields; `subject` and `body` are dropped (an address quoted in a message body is not a recipient).
 */
function mailtoRecipients(url: string): string {
  const rest = url.slice('mailto:'.length);
  const question = rest.indexOf('?');
  const path = question === -1 ? rest : rest.slice(0, question);
  const query = question === -1 ? '' : rest.slice(question + 1);
  const recipients = path.split(',').map(safeDecode);
  for (const field of query.split('&')) {
    const equals = field.indexOf('=');
    if (equals === -1) continue;
    const name = safeDecode(field.slice(0, equals)).toLowerCase();
    if (!MAILTO_RECIPIENT_FIELDS.has(name)) continue;
    // A loop, not push(...list): spreading a huge list would overflow the call stack.
    for (const recipient of safeDecode(field.slice(equals + 1)).split(',')) recipients.push(recipient);
  }
  return ` ${recipients.join(', ')} `;
}

function isValidDomain(domain: string): boolean {
  return domain.length <= MAX_DOMAIN_LENGTH && isDnsName(domain, DNS_NAME.unicode);
}

function isValidLocal(local: string): boolean {
  return (
    local.length > 0 && local.length <= MAX_LOCAL_LENGTH && !local.endsWith('.') && !local.includes('..')
  );
}

function scan(text: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  let at = text.indexOf('@');
  while (at !== -1) {
    const next = text.indexOf('@', at + 1);
    let start = at;
    const localChar = LOCAL_CHAR();
    const domainChar = DOMAIN_CHAR();
    while (start > 0 && localChar.test(text[start - 1] ?? '')) start--;
    let end = at + 1;
    while (end < text.length && domainChar.test(text[end] ?? '')) end++;
    const before = start > 0 ? (text[start - 1] ?? '') : '';
    // `a@b.fr@c.fr` (a pasted cloud ID): the left part of the second `@` is the first address's domain.
    const glued = before === '@' || UNSUPPORTED_ATEXT.has(before);
    if (!glued) {
      // Leading dots or quotes belong to the surrounding text ("…jean@", "'jean@ac-lyon.fr'"),
      // trailing dots to the sentence ("écrivez à jean@ac-lyon.fr.").
      let local = text.slice(start, at);
      let cut = 0;
      while (cut < local.length && (local[cut] === '.' || local[cut] === "'")) cut++;
      local = local.slice(cut);
      let domain = text.slice(at + 1, end);
      let domainEnd = domain.length;
      while (domainEnd > 0 && domain[domainEnd - 1] === '.') domainEnd--;
      domain = domain.slice(0, domainEnd);
      if (isValidLocal(local) && isValidDomain(domain)) {
        const address = `${local}@${domain}`.toLowerCase();
        if (!seen.has(address)) {
          seen.add(address);
          found.push(address);
        }
      }
    }
    at = next;
  }
  return found;
}

/** Typographic apostrophes (’ ‘ ʼ ＇), as word processors and mail clients write `d'arc`. */
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc\uff07]/g;
/**
 * Invisible characters: format characters (zero-width spaces and joiners, bidi controls, BOM…) and
 * the soft hyphen of hyphenated web text. Inside an address they would cut it (`mar\u00adtin@` → `tin@`).
 */
const INVISIBLE = () => (invisible ??= /[\p{Cf}\u00ad]/gu);

/**
 * The text as the user sees it, for finding addresses: typographic apostrophes become `'`, invisible
 * characters are removed. `cleaned` says whether anything changed, so screens can say so: a parser
 * must never return a shorter address than the one the user saw (issue 15), and never change one
 * silently.
 */
export function cleanPastedText(text: string): { text: string; cleaned: boolean } {
  const clean = text.replace(TYPOGRAPHIC_APOSTROPHES, "'").replace(INVISIBLE(), '');
  return { text: clean, cleaned: clean !== text };
}

/**
 * Every e-mail address in `text`, trimmed, lower-cased, deduplicated, in order of first appearance.
 * Typographic apostrophes and invisible characters are cleaned first (`cleanPastedText`), so an
 * address is found whole, never cut where such a character sat.
 * Anything that is not a string, is longer than MAX_ADDRESS_INPUT_LENGTH or contains no address
 * gives []. Never throws.
 */
export function parseAddresses(text: string): string[] {
  if (typeof text !== 'string' || text.length > MAX_ADDRESS_INPUT_LENGTH) return [];
  try {
    // NFC first, so that "é" typed as e + combining accent is one character, as the user sees it.
    const expanded = cleanPastedText(text.normalize('NFC')).text.replace(MAILTO, mailtoRecipients);
    return scan(expanded);
  } catch {
    // Defensive only: nothing above is expected to throw.
    return [];
  }
}
