import type { CSSProperties } from 'react';
import type { Comparison, ComparisonCell, IndicatorMeta, RegionRef } from '../../../data/api/types';
import { notSpoken, periodText, qualifiersOf, qualifierText, valueQualifier } from '../../i18n/figureStatus';
import { formatFigure, pick, pickBilingual } from '../../i18n/format';
import { regionTitle } from '../../i18n/region';
import { useLang } from '../../hooks/useLang';
import { SampleBadge } from '../SampleBadge';
import { FigureValue } from '../FigureValue';
import { bestCells } from './best';

// Only a village needs its parent named: that is where names repeat (two Karangrejo).
const parentLevel: Partial<Record<RegionRef['level'], RegionRef['level']>> = { desa: 'kecamatan', kelurahan: 'kecamatan' };

function RegionHead({ region, onRemove }: { region: RegionRef; onRemove: () => void }) {
  const { t } = useLang();
  const upper = parentLevel[region.level];
  return (
    <div className="compare-grid__region" role="columnheader" data-region={region.code}>
      <div className="compare-grid__region-text">
        <span className="compare-grid__region-name">{region.name}</span>
        <span className="compare-grid__region-detail">
          {region.parentName && upper
            ? t('kiosk.search.levelIn', { level: t(`kiosk.level.${region.level}`), parent: regionTitle(region.parentName, upper, t) })
            : t(`kiosk.level.${region.level}`)}
        </span>
      </div>
      <button type="button" className="compare-grid__remove" aria-label={t('kiosk.compare.removeRegion', { name: region.name })} onClick={onRemove}>
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="m6 6 12 12M18 6 6 18" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}

function Cell({ cell, indicator, best, region }: { cell: ComparisonCell | null; indicator: IndicatorMeta; best: boolean; region: string }) {
  const { t, lang } = useLang();
  if (!cell) {
    return (
      <div className="compare-grid__cell compare-grid__cell--empty" role="cell" data-region={region} data-indicator={indicator.id}>
        <span aria-label={t('kiosk.compare.noData')}>—</span>
      </div>
    );
  }
  const figure = formatFigure(cell.value, indicator, lang);
  const qualifier = valueQualifier(cell.status, t);
  return (
    <div className={`compare-grid__cell${best ? ' compare-grid__cell--best' : ''}`} role="cell" data-region={region} data-indicator={indicator.id}>
      {best && <span className="compare-grid__best">{t('kiosk.compare.best')}</span>}
      {/* The column's width, for the figure to fit itself to (compare.css). */}
      <span className="compare-grid__fit">
        <FigureValue block="compare-grid" qualifier={qualifier} formatted={figure} testId="compare-value" fit />
      </span>
      <span className="compare-grid__period">{periodText(cell.period, lang, t)}</span>
    </div>
  );
}

/** Regions across, indicators down: big figures, each with its period; the row's source and sample mark beside its name. */
export function CompareGrid({ comparison, onRemove }: { comparison: Comparison; onRemove: (code: string) => void }) {
  const { t, lang } = useLang();
  const { regions, rows } = comparison;
  const style = { '--regions': regions.length } as CSSProperties;
  return (
    <div className="compare-grid" role="table" style={style} data-testid="compare-grid">
      <div className="compare-grid__row compare-grid__row--head" role="row">
        <div className="compare-grid__corner" role="columnheader">
          {t('kiosk.compare.indicatorColumn')}
        </div>
        {regions.map((region) => (
          <RegionHead key={region.code} region={region} onRemove={() => onRemove(region.code)} />
        ))}
      </div>
      {rows.map((row) => {
        const best = bestCells(row);
        // Said once for the row, naming the places where only some of them are qualified.
        const cells = row.cells.flatMap((cell, index) => (cell ? [{ cell, name: regions[index]?.name ?? '' }] : []));
        const qualifiers = notSpoken(qualifiersOf(cells, ({ cell }) => cell.status, ({ name }) => name));
        return (
          <div key={row.indicator.id} className="compare-grid__row" role="row" data-indicator={row.indicator.id}>
            <div className="compare-grid__indicator" role="rowheader">
              <span className="compare-grid__indicator-name">{pick(row.indicator.name, lang)}</span>
              {row.indicator.isSample && <SampleBadge />}
              <span className="source-note compare-grid__source">
                {qualifiers.map((qualifier) => (
                  <span key={qualifier.status} className="source-note__status" data-testid="figure-status" data-status={qualifier.status}>
                    {qualifierText(qualifier, t)}
                    {' · '}
                  </span>
                ))}
                {t('figure.source', { source: pickBilingual(row.indicator.source, lang) })}
              </span>
            </div>
            {row.cells.map((cell, index) => {
              const region = regions[index]?.code ?? String(index);
              return <Cell key={region} cell={cell} indicator={row.indicator} best={best.has(index)} region={region} />;
            })}
          </div>
        );
      })}
    </div>
  );
}
