import { useTranslation } from 'react-i18next';
import type { Lang } from '../../data/api/types';
import { toLang } from '../i18n/format';

/** The reader's language as the contract names it, with `t` for the catalogue. */
export function useLang() {
  const { t, i18n } = useTranslation();
  return { t, i18n, lang: toLang(i18n.resolvedLanguage ?? i18n.language) as Lang };
}
