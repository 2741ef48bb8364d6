import linksJson from '../../assets/data/links.json';
import type { LinksData } from './schema';

/**
 * The bundled assets/data/links.json. Not parsed at run time (zod stays out of the pages' bundles):
 * tests/unit/links/links-data.test.ts validates the file against `linksFileSchema`, which makes the
 * cast safe.
 */
export const bundledLinksData: LinksData = Object.freeze(linksJson as LinksData);
