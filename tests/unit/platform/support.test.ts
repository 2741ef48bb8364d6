import { describe, expect, it } from 'vitest';
import supportJson from '@/assets/data/support.json';
import { bundledHostData } from '@/lib';
import { platformHelp } from '@/lib/platform/support';

describe('support data', () => {
  it('the platform’s help page is https, on the portal, sourced, in both languages', () => {
    expect(platformHelp('fr')).toEqual({
      url: 'https://portail.apps.education.fr/help',
      name: 'Aide de la plateforme apps.education.fr',
    });
    expect(platformHelp('en').name).toBe('apps.education.fr platform help');
    expect(supportJson.platformHelp.source).toMatch(/domain-facts/);
  });

  it('no academy claims a support page without a source (none is verified yet)', () => {
    for (const academy of bundledHostData.academies) expect(academy.support, academy.id).toBeUndefined();
  });
});
