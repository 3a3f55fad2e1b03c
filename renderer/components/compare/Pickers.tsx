import { useCallback, type ReactNode } from 'react';
import type { CatalogueTheme } from '../../../data/api/types';
import { pick } from '../../i18n/format';
import { useLang } from '../../hooks/useLang';
import { SearchPanel } from '../search/SearchPanel';
import { RegionChips, useKecamatan } from '../search/Suggestions';
import { maxCompareIndicators } from './limits';

function Sheet({ title, onClose, children, testId }: { title: string; onClose: () => void; children: ReactNode; testId: string }) {
  const { t } = useLang();
  // The sheet fills the screen's body from its top, so the body is shown from its top too.
  const place = useCallback((node: HTMLDivElement | null) => node?.parentElement?.scrollTo?.(0, 0), []);
  return (
    <div ref={place} className="compare-sheet" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
      <div className="compare-sheet__head">
        <h2 className="compare-sheet__title">{title}</h2>
        <button type="button" className="touch-button compare-sheet__close" onClick={onClose}>
          {t('kiosk.compare.done')}
        </button>
      </div>
      <div className="compare-sheet__body">{children}</div>
    </div>
  );
}

/** Add a place: by typing its name, or one tap on a kecamatan. */
export function RegionPicker({ taken, onPick, onClose }: { taken: ReadonlySet<string>; onPick: (code: string) => void; onClose: () => void }) {
  const { t } = useLang();
  const kecamatan = useKecamatan();
  return (
    <Sheet title={t('kiosk.compare.pickerTitle')} onClose={onClose} testId="region-picker">
      <SearchPanel
        regionsOnly
        taken={taken}
        onPick={(hit) => hit.kind === 'region' && onPick(hit.code)}
        empty={
          <div className="search-suggestions">
            <h3 className="section-title">{t('kiosk.compare.pickerKecamatan')}</h3>
            <RegionChips regions={kecamatan} taken={taken} onPick={(region) => onPick(region.code)} />
          </div>
        }
      />
    </Sheet>
  );
}

/** Choose what to compare: chips grouped by theme, up to the contract's limit. */
export function IndicatorPicker({
  catalogue,
  chosen,
  onToggle,
  onClose,
}: {
  catalogue: CatalogueTheme[];
  chosen: readonly string[];
  onToggle: (id: string) => void;
  onClose: () => void;
}) {
  const { t, lang } = useLang();
  const full = chosen.length >= maxCompareIndicators;
  return (
    <Sheet title={t('kiosk.compare.chooseIndicators')} onClose={onClose} testId="indicator-picker">
      <p className="compare-sheet__note" role="status">
        {t('kiosk.compare.indicatorsChosen', { count: chosen.length })} · {t('kiosk.compare.maxIndicators', { count: maxCompareIndicators })}
      </p>
      <div className="indicator-groups">
        {catalogue.map((theme) => (
          <section key={theme.id} className="indicator-group">
            <h3 className="section-title">{pick(theme.name, lang)}</h3>
            <ul className="chip-list">
              {theme.indicators.map(({ indicator }) => {
                const on = chosen.includes(indicator.id);
                return (
                  <li key={indicator.id}>
                    <button
                      type="button"
                      className="chip chip--toggle"
                      aria-pressed={on}
                      data-indicator={indicator.id}
                      disabled={!on && full}
                      onClick={() => onToggle(indicator.id)}
                    >
                      {pick(indicator.name, lang)}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </Sheet>
  );
}
