import type { Overview, RegionRef } from '../../data/api/types';
import { regionTitle } from '../i18n/region';
import { useLang } from '../hooks/useLang';
import { DataAsOfBadge } from './DataAsOfBadge';
import { LanguageToggle } from './LanguageToggle';
import { RegionCounts } from './RegionCounts';
import { WallToggleButton } from './wall/WallToggleButton';
import { LargeTextToggle } from './kiosk/LargeTextToggle';
import { ShellIcon } from './shell/ShellIcons';
import { useNavigation } from '../navigation/NavigationContext';

/** Kemendagri codes: two digits are a province. */
const isProvinceCode = (code: string | null) => code !== null && /^\d{2}$/.test(code);

/**
 * The band across the top of every screen: where we are, how current the data is, and
 * the language switch. It renders before the data arrives, so the switch is there even
 * on the loading and error screens.
 */
interface MastheadProps {
  region: RegionRef | null;
  counts: Overview['counts'] | null;
  dataAsOf: string | null;
}

export function Masthead({ region, counts, dataAsOf }: MastheadProps) {
  const { t } = useLang();
  const navigation = useNavigation();
  const eyebrow = region?.parentName
    ? isProvinceCode(region.parentCode)
      ? regionTitle(region.parentName, 'provinsi', t)
      : region.parentName
    : null;
  return (
    <header className="masthead">
      <svg className="masthead__mark" viewBox="0 0 48 48" aria-hidden="true">
        <rect width="48" height="48" rx="12" fill="currentColor" opacity="0.18" />
        <path d="M12 34V22M20 34V14M28 34V18M36 34V10" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
      </svg>
      <div className="masthead__titles">
        {eyebrow && <p className="masthead__eyebrow">{eyebrow}</p>}
        <h1 className="masthead__title" data-testid="region-title">
          {region ? regionTitle(region.name, region.level, t) : t('app.title')}
        </h1>
        {counts && <RegionCounts counts={counts} />}
      </div>
      <div className="masthead__aside">
        <WallToggleButton title={region ? regionTitle(region.name, region.level, t) : null} />
        <button type="button" className="masthead__search" data-testid="home-search" onClick={() => navigation.go({ screen: 'search' })}>
          <ShellIcon name="search" />
          <span>{t('screens.shell.search')}</span>
        </button>
        {dataAsOf && <DataAsOfBadge dataAsOf={dataAsOf} />}
        <LanguageToggle />
        <LargeTextToggle />
      </div>
    </header>
  );
}
