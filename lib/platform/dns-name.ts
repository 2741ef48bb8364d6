/**
 * The DNS name rules, in one place: labels of 1 to 63 characters that neither start nor end with `-`,
 * at least two labels, and an alphabetic (or `xn--` punycode) top-level label. `ascii` for host names
 * as the URL parser gives them; `unicode` for the domain of an address as a user writes it
 * (`académie.fr`: any letter, combining mark or digit).
 */
const IDN_TLD = 'xn--[a-z0-9-]{1,59}';

/** One set of rules: a label's pattern and the top-level label's. */
export interface DnsNameRules {
  readonly label: RegExp;
  readonly tld: RegExp;
}

let unicodeRules: DnsNameRules | undefined;

export const DNS_NAME = {
  ascii: {
    label: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
    tld: new RegExp(`^(?:[a-z]{2,63}|${IDN_TLD})$`),
  },
  /**
   * Made at first use: Chrome takes ~0.5 ms to create a `\p{…}` pattern, which weighed on every start
   * of the service worker and of the content scripts that load this module (issue 16), used or not.
   */
  get unicode(): DnsNameRules {
    return (unicodeRules ??= {
      label: /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u,
      tld: new RegExp(`^(?:\\p{L}{2,63}|${IDN_TLD})$`, 'u'),
    });
  },
};

/** Whether `name` (at most 253 characters) is a DNS name of at least two labels under `rules`. */
export function isDnsName(name: string, rules: DnsNameRules): boolean {
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split('.');
  if (labels.length < 2) return false;
  return labels.every((label) => rules.label.test(label)) && rules.tld.test(labels[labels.length - 1] ?? '');
}
