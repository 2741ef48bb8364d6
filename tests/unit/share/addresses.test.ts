import { describe, expect, it } from 'vitest';
import { MAX_ADDRESS_INPUT_LENGTH, parseAddresses } from '@/lib';

describe('parseAddresses: what users paste', () => {
  it.each([
    ['a bare address', 'jean.dupont@ac-lyon.fr', ['jean.dupont@ac-lyon.fr']],
    ['trimmed and lower-cased', '  Jean.Dupont@AC-Lyon.FR \n', ['jean.dupont@ac-lyon.fr']],
    ['Prénom Nom <adresse>', 'Jean Dupont <jean.dupont@ac-lyon.fr>', ['jean.dupont@ac-lyon.fr']],
    ['a quoted name with a comma', '"Dupont, Jean" <jean.dupont@ac-lyon.fr>', ['jean.dupont@ac-lyon.fr']],
    [
      'a list with commas, semicolons and new lines',
      'a.b@ac-lyon.fr, c.d@ac-grenoble.fr;e.f@ac-paris.fr\ng.h@education.gouv.fr\r\ni.j@ac-caen.fr',
      ['a.b@ac-lyon.fr', 'c.d@ac-grenoble.fr', 'e.f@ac-paris.fr', 'g.h@education.gouv.fr', 'i.j@ac-caen.fr'],
    ],
    [
      'an Outlook-style list',
      'Dupont Jean <jean.dupont@ac-lyon.fr>; "Curie, Marie" <marie.curie@ac-paris.fr>',
      ['jean.dupont@ac-lyon.fr', 'marie.curie@ac-paris.fr'],
    ],
    [
      'free text',
      'Bonjour, écrivez à jean.dupont@ac-lyon.fr ou (marie.curie@ac-paris.fr) pour le projet.',
      ['jean.dupont@ac-lyon.fr', 'marie.curie@ac-paris.fr'],
    ],
    ['a sentence-final dot', 'Écrivez à jean.dupont@ac-lyon.fr.', ['jean.dupont@ac-lyon.fr']],
    ['quotes around it', "'jean.dupont@ac-lyon.fr'", ['jean.dupont@ac-lyon.fr']],
    ['an ellipsis before it', '...jean.dupont@ac-lyon.fr', ['jean.dupont@ac-lyon.fr']],
    [
      'deduplicated, first appearance order',
      'b@ac-lyon.fr a@ac-lyon.fr B@AC-LYON.FR a@ac-lyon.fr',
      ['b@ac-lyon.fr', 'a@ac-lyon.fr'],
    ],
    ['a school functional address', 'ce.0690001A@ac-lyon.fr', ['ce.0690001a@ac-lyon.fr']],
    ['homonym digit and compound name', 'jean-pierre.dupont2@ac-lyon.fr', ['jean-pierre.dupont2@ac-lyon.fr']],
    ['non-staff addresses too', 'x@gmail.com', ['x@gmail.com']],
    // Found on purpose, so that buildShareId can say which character Nextcloud refuses.
    ['an accented local part', 'prénom.nom@ac-lyon.fr', ['prénom.nom@ac-lyon.fr']],
    ['an accent typed as a combining mark (NFC)', 'pre\u0301nom.nom@ac-lyon.fr', ['prénom.nom@ac-lyon.fr']],
    ['a + tag', 'jean.dupont+projet@ac-lyon.fr', ['jean.dupont+projet@ac-lyon.fr']],
    // A pasted cloud ID gives the address only, not "ac-lyon.fr@cloud-lyon…".
    ['a pasted cloud ID', 'jean.dupont@ac-lyon.fr@cloud-lyon.beta.education.fr', ['jean.dupont@ac-lyon.fr']],
    ['an IDN domain', 'jean@académie.fr', ['jean@académie.fr']],
    ['a punycode domain', 'jean@xn--acadmie-eya.fr', ['jean@xn--acadmie-eya.fr']],
  ])('%s', (_name, input, expected) => {
    expect(parseAddresses(input)).toEqual(expected);
  });
});

describe('parseAddresses: mailto URLs', () => {
  it.each([
    ['mailto:jean.dupont@ac-lyon.fr', ['jean.dupont@ac-lyon.fr']],
    [
      'mailto:a@ac-lyon.fr,b@ac-paris.fr?subject=Réunion&cc=c@ac-nice.fr',
      ['a@ac-lyon.fr', 'b@ac-paris.fr', 'c@ac-nice.fr'],
    ],
    [
      'mailto:jean.dupont%40ac-lyon.fr%2Cmarie.curie%40ac-paris.fr',
      ['jean.dupont@ac-lyon.fr', 'marie.curie@ac-paris.fr'],
    ],
    [
      'MAILTO:a@ac-lyon.fr?CC=b%40ac-lyon.fr&bcc=c@ac-lyon.fr',
      ['a@ac-lyon.fr', 'b@ac-lyon.fr', 'c@ac-lyon.fr'],
    ],
    ['mailto:?to=a@ac-lyon.fr&to=b@ac-lyon.fr', ['a@ac-lyon.fr', 'b@ac-lyon.fr']],
    // Addresses quoted in the subject or body are not recipients.
    [
      'mailto:a@ac-lyon.fr?subject=de%20x@ac-paris.fr&body=r%C3%A9pondre%20%C3%A0%20y@ac-nice.fr',
      ['a@ac-lyon.fr'],
    ],
    ['<a href="mailto:jean.dupont@ac-lyon.fr">Jean</a>', ['jean.dupont@ac-lyon.fr']],
    ['[Jean](mailto:jean.dupont@ac-lyon.fr)', ['jean.dupont@ac-lyon.fr']],
    ['mailto:%22Dupont%2C%20Jean%22%20%3Cjean.dupont%40ac-lyon.fr%3E', ['jean.dupont@ac-lyon.fr']],
    // Malformed escapes: the valid ones are still decoded.
    ['mailto:jean.dupont%40ac-lyon.fr?subject=%E0%A4%A', ['jean.dupont@ac-lyon.fr']],
    ['mailto:jean%ZZ%40ac-lyon.fr', []],
    ['mailto:', []],
    ['mailto:?subject=bonjour', []],
  ])('%s', (input, expected) => {
    expect(parseAddresses(input)).toEqual(expected);
  });
});

describe('parseAddresses: garbage gives [] and never throws', () => {
  it.each([
    '',
    '   ',
    '@',
    '@@@@',
    'a@',
    '@ac-lyon.fr',
    'jean@ac-lyon',
    'jean.dupont',
    'jean@@ac-lyon.fr',
    'jean..dupont@ac-lyon.fr',
    'jean.@ac-lyon.fr',
    'jean@.ac-lyon.fr',
    'jean@ac-lyon..fr',
    'jean@-ac-lyon.fr',
    'jean@ac-lyon.f',
    'jean@ac-lyon.123',
    'jean@192.168.0.1',
    `${'a'.repeat(65)}@ac-lyon.fr`,
    `jean@${'a'.repeat(64)}.fr`,
    // RFC characters this scanner does not support: nothing rather than a truncated address.
    'jean#dupont@ac-lyon.fr',
    'jean%2Edupont@ac-lyon.fr',
  ])('%j', (input) => {
    expect(parseAddresses(input)).toEqual([]);
  });

  it.each([null, undefined, 42, {}, ['a@ac-lyon.fr'], Symbol('x')])('non-string %s', (input) => {
    expect(parseAddresses(input as unknown as string)).toEqual([]);
  });

  it('refuses inputs over the size limit rather than answering partially', () => {
    const huge = `jean.dupont@ac-lyon.fr ${' '.repeat(MAX_ADDRESS_INPUT_LENGTH)}`;
    expect(parseAddresses(huge)).toEqual([]);
  });

  it('keeps the longest allowed parts', () => {
    const local = 'a'.repeat(64);
    expect(parseAddresses(`${local}@ac-lyon.fr`)).toEqual([`${local}@ac-lyon.fr`]);
  });
});

describe('parseAddresses: adversarial inputs of 100 KB', () => {
  // Correctness on pathological shapes; the scanner is linear, so these finish in milliseconds.
  const size = 100_000;
  it.each([
    ['letters without @', 'a'.repeat(size), []],
    ['letters then @', `${'a'.repeat(size)}@`, []],
    ['@ only', '@'.repeat(size), []],
    ['a@ repeated, then an address', `${'a@'.repeat(size / 2)} jean@ac-lyon.fr`, ['jean@ac-lyon.fr']],
    ['dots and letters', `${'a.'.repeat(size / 2)}@${'b.'.repeat(size / 2)}`, []],
    ['a huge domain', `jean@${'a-'.repeat(size / 2)}.fr`, []],
    ['hyphens around @', `${'-'.repeat(size / 2)}@${'-'.repeat(size / 2)}`, []],
    ['mailto repeated', 'mailto:'.repeat(size / 7), []],
    ['percent escapes', `mailto:${'%'.repeat(size)}`, []],
    ['a mailto with a huge cc list', `mailto:?cc=${','.repeat(size)}a@ac-lyon.fr`, ['a@ac-lyon.fr']],
    ['many addresses', Array.from({ length: 4000 }, (_, i) => `p${i}.n@ac-lyon.fr`).join(';'), null],
  ])('%s', (_name, input, expected) => {
    const result = parseAddresses(input);
    if (expected === null) {
      expect(result).toHaveLength(4000);
      expect(result[3999]).toBe('p3999.n@ac-lyon.fr');
    } else {
      expect(result).toEqual(expected);
    }
  });
});
