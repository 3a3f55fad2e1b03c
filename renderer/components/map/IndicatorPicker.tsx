import { useMemo, useState } from 'react';
import type { CatalogueTheme, MapLevel } from '../../../data/api/types';
import { pick } from '../../i18n/format';
import { useLang } from '../../hooks/useLang';
import { offeredThemes } from '../offeredThemes';
import { drawsAt } from './defaultIndicator';

/**
 * Indicators as big chips, grouped by theme: the theme first (a dozen chips), then that
 * theme's indicators, so a visitor never faces seventy choices at once. Only what the map
 * can draw at its level is offered (and the current choice, so it stays in view); a theme
 * with nothing to draw there is left out.
 */
export function IndicatorPicker({ catalogue, current, level, onPick }: { catalogue: CatalogueTheme[]; current: string; level: MapLevel; onPick: (indicatorId: string) => void }) {
  const { t, lang } = useLang();
  const themes = useMemo(() => offeredThemes(catalogue, (entry) => drawsAt(entry, level), [current]), [catalogue, current, level]);
  const currentTheme = themes.find((theme) => theme.indicators.some((entry) => entry.indicator.id === current))?.id ?? themes[0]?.id ?? null;
  const [chosenTheme, setThemeId] = useState(currentTheme);
  const theme = themes.find((entry) => entry.id === chosenTheme) ?? themes.find((entry) => entry.id === currentTheme) ?? null;
  const themeId = theme?.id ?? null;
  return (
    <section className="picker" aria-labelledby="picker-title">
      <h2 id="picker-title" className="section-title">
        {t('screens.map.pick')}
      </h2>
      <div className="chips chips--themes" role="group" aria-label={t('home.themes')}>
        {themes.map((entry) => (
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
