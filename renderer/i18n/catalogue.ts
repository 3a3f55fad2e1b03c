import type { Lang } from '../../data/api/types';

/** A catalogue: nested objects of strings (checked for equal keys by a unit test). */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

/**
 * The catalogues are split by area so screens can be worked on apart: `id.json` and
 * `en.json` hold the shared words, `<area>.id.json` / `<area>.en.json` one area's
 * (each area file has one top-level key, its area). They merge into one tree per
 * language; a key defined twice is an error, not a silent override.
 */
export function catalogueLang(fileName: string): Lang | null {
  const match = /(?:^|\.)(id|en)\.json$/.exec(fileName.split('/').pop() ?? '');
  return match ? (match[1] as Lang) : null;
}

function mergeInto(target: Catalogue, source: Catalogue, file: string, prefix = ''): void {
  for (const [key, value] of Object.entries(source)) {
    const name = prefix ? `${prefix}.${key}` : key;
    const existing = target[key];
    if (typeof value === 'string') {
      if (existing !== undefined) throw new Error(`The i18n key ${name} is defined twice (again in ${file}).`);
      target[key] = value;
    } else {
      if (typeof existing === 'string') throw new Error(`The i18n key ${name} is both a text and a group (in ${file}).`);
      const group: Catalogue = existing ?? {};
      target[key] = group;
      mergeInto(group, value, file, name);
    }
  }
}

export function mergeCatalogues(files: Record<string, Catalogue>): Record<Lang, Catalogue> {
  const merged: Record<Lang, Catalogue> = { id: {}, en: {} };
  // Byte order, not localeCompare: the names are ASCII, and a first localeCompare builds an
  // ICU collator, some 10 ms of the kiosk's start.
  for (const [file, tree] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const lang = catalogueLang(file);
    if (lang) mergeInto(merged[lang], tree, file);
  }
  return merged;
}
