import { useState } from 'react';
import type { RegionRef } from '../../../data/api/types';
import { regionTitle } from '../../i18n/region';
import { useLang } from '../../hooks/useLang';
import { ShellIcon } from '../shell/ShellIcons';

interface ScopeChooserProps {
  root: RegionRef;
  /** The kecamatan a visitor may narrow to. */
  districts: RegionRef[];
  current: string;
  onChange: (parentCode: string) => void;
}

/**
 * All kecamatan of the regency, or the villages of one kecamatan. Twenty-five names do
 * not fit a row of chips, so the second choice opens a sheet of big buttons over the screen.
 */
export function ScopeChooser({ root, districts, current, onChange }: ScopeChooserProps) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const district = districts.find((entry) => entry.code === current) ?? null;
  return (
    <div className="scope">
      <div className="segmented" role="group" aria-label={t('screens.indicator.scope')}>
        <button type="button" className="segmented__option" aria-pressed={current === root.code} data-scope="root" onClick={() => onChange(root.code)}>
          {t('screens.indicator.allDistricts')}
        </button>
        <button type="button" className="segmented__option" aria-pressed={district !== null} data-scope="district" onClick={() => setOpen(true)}>
          {district ? t('screens.indicator.villagesOf', { name: district.name }) : t('screens.indicator.chooseDistrict')}
        </button>
      </div>
      {open && (
        <div className="sheet" role="dialog" aria-modal="true" aria-labelledby="scope-sheet-title">
          <div className="sheet__panel">
            <div className="sheet__head">
              <h2 id="scope-sheet-title" className="section-title">
                {t('screens.indicator.chooseDistrictTitle', { regency: regionTitle(root.name, root.level, t) })}
              </h2>
              <button type="button" className="shell-button" onClick={() => setOpen(false)}>
                <ShellIcon name="close" />
                <span className="shell-button__label">{t('screens.shell.close')}</span>
              </button>
            </div>
            <div className="sheet__grid">
              {districts.map((entry) => (
                <button
                  key={entry.code}
                  type="button"
                  className="chip"
                  data-region={entry.code}
                  aria-pressed={entry.code === current}
                  onClick={() => {
                    setOpen(false);
                    onChange(entry.code);
                  }}
                >
                  {entry.name}
                </button>
              ))}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
