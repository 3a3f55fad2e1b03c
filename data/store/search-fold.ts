/**
 * Folds text for search so that case, diacritics, spaces, hyphens and apostrophes do
 * not matter: "Genteng Wetan", "genteng-wetan" and "Gentengwetan" all fold to
 * "gentengwetan". The snapshot builder stores folded text; the search query folds input.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
