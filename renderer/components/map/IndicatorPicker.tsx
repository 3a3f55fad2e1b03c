import { useState } from 'react';
import type { CatalogueTheme } from '../../../data/api/types';
import { pick } from '../../i18n/format';
import { useLang } from '../../hooks/useLang';

/**
 * Indicators as big chips, grouped by theme: the theme first (a dozen chips), then that
 * theme's indicators, so a visitor never faces seventy choices at once.
 */
export function IndicatorPicker({ catalogue, current, onPick }: { catalogue: CatalogueTheme[]; current: string; onPick: (indicatorId: string) => void }) {
  const { t, lang } = useLang();
  const currentTheme = catalogue.find((theme) => theme.indicators.some((entry) => entry.indicator.id === current))?.id ?? catalogue[0]?.id ?? null;
  const [themeId, setThemeId] = useState(currentTheme);
  const theme = catalogue.find((entry) => entry.id === themeId) ?? null;
  return (
    <section className="picker" aria-labelledby="picker-title">
      <h2 id="picker-title" className="section-title">
        {t('screens.map.pick')}
      </h2>
      <div className="chips chips--themes" role="group" aria-label={t('home.themes')}>
        {catalogue.map((entry) => (
          <button key={entry.id} type="button" className="chip chip--theme" data-theme={entry.id} aria-pressed={entry.id === themeId} onClick={() => setThemeId(entry.id)}>
            {pick(entry.name, lang)}
          </button>
        ))}
      </div>
      {theme && (
        <div className="chips" role="group" aria-label={pick(theme.name, lang)}>
          {theme.indicators.map(({ indicator }) => (
            <button key={indicator.id} type="button" className="chip" data-indicator={indicator.id} aria-pressed={indicator.id === current} onClick={() => onPick(indicator.id)}>
              {pick(indicator.name, lang)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
