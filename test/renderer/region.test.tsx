// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RegionProfile } from '../../data/api/types';
import { App } from '../../renderer/App';
import { pickKeyFigures, sexBreakdown, trendAgainstReferences } from '../../renderer/components/region/pickFigures';
import { compareValues, figureSentence, judgement } from '../../renderer/components/region/sentence';
import { createI18n } from '../../renderer/i18n';
import { fakeClient, genteng, kabupaten, meta, profileFigure, wetan } from './region-fixtures';

// jsdom has no canvas: the chart is stubbed, its data shaping is tested in charts.test.ts.
vi.mock('../../renderer/charts/LineChart', () => ({ LineChart: () => null }));

afterEach(cleanup);

describe('the sentence under a figure', () => {
  const id = createI18n('id');
  const en = createI18n('en');
  const poverty = meta('poverty');

  it('compares a rate with the parent average, saying whether lower is better', () => {
    const figure = profileFigure(poverty, 4.1, 6.3);
    expect(figureSentence(figure, wetan, genteng, id.t, 'id')).toBe(
      'Persentase penduduk miskin di desa ini 4,10 persen, lebih rendah (lebih baik) dari rata-rata kecamatan 6,30 persen.',
    );
    expect(figureSentence(figure, wetan, genteng, en.t, 'en')).toBe(
      'Poverty rate in this village is 4.10 percent, lower (better) than the district average of 6.30 percent.',
    );
    expect(figureSentence(profileFigure(poverty, 8, 6.3), wetan, genteng, id.t, 'id')).toContain('lebih tinggi (lebih buruk)');
  });

  it('has no verdict where the indicator has no better direction, and says "about the same" for near-equal values', () => {
    const neutral = meta('neutral', { higherIsBetter: null });
    expect(figureSentence(profileFigure(neutral, 8, 6.3), genteng, kabupaten, en.t, 'en')).toContain('higher than the regency average of 6.30 percent');
    expect(figureSentence(profileFigure(poverty, 6.301, 6.3), wetan, genteng, id.t, 'id')).toContain('hampir sama dengan rata-rata kecamatan 6,30 persen');
  });

  it('reads totals as a share of the parent total', () => {
    const people = meta('people', { rollup: 'sum', decimals: 0, unit: { id: 'jiwa', en: 'persons' }, name: { id: 'Jumlah penduduk', en: 'Population' }, higherIsBetter: null });
    const figure = profileFigure(people, 15_005, 96_525);
    expect(figureSentence(figure, wetan, genteng, id.t, 'id')).toBe('Jumlah penduduk di desa ini 15.005 jiwa, yaitu 15,5% dari jumlah kecamatan (96.525 jiwa).');
    expect(figureSentence(figure, wetan, genteng, en.t, 'en')).toBe('Population in this village is 15,005 persons, 15.5% of the district total (96,525 persons).');
  });

  it('states the figure plainly where there is no parent to compare with', () => {
    expect(figureSentence(profileFigure(poverty, 6.13, null), kabupaten, null, id.t, 'id')).toBe('Persentase penduduk miskin di kabupaten ini 6,13 persen.');
  });

  it('compares at the shown precision and judges by direction', () => {
    expect(compareValues(4.104, 4.1, 2)).toBe('same');
    expect(compareValues(5, 4, 0)).toBe('higher');
    expect(judgement('higher', true)).toBe('better');
    expect(judgement('lower', true)).toBe('worse');
    expect(judgement('lower', null)).toBeNull();
  });
});

describe('picking figures', () => {
  it('takes one per theme, the newest, preferring ones with a better direction', () => {
    const old = profileFigure(meta('pop2010', { themeId: 'kependudukan' }), 1, 2, 2, '2010');
    const recent = profileFigure(meta('pop2025', { themeId: 'kependudukan', isSample: true }), 1, 2, 2, '2025');
    const count = profileFigure(meta('count', { higherIsBetter: null }), 1, 2);
    const rate = profileFigure(meta('rate'), 1, 2);
    expect(pickKeyFigures([old, recent, count, rate]).map((figure) => figure.indicator.id)).toEqual(['pop2025', 'rate']);
    expect(pickKeyFigures([old, recent, count, rate], 1)).toHaveLength(1);
  });

  it('finds the newest male/female pair', () => {
    const pair = (base: string, period: string) => [
      profileFigure(meta(`${base}_male`), 10, null, null, period),
      profileFigure(meta(`${base}_female`), 12, null, null, period),
    ];
    const found = sexBreakdown([...pair('sp2010', '2010'), ...pair('pop', '2025')]);
    expect(found?.male.indicator.id).toBe('pop_male');
    expect(sexBreakdown([profileFigure(meta('x_male'), 1, null)])).toBeNull();
  });

  it("draws a count's trend alone and a rate's, mean's or index's beside its parent and the regency", () => {
    expect(trendAgainstReferences(meta('population', { rollup: 'sum' }))).toBe(false);
    for (const rollup of ['mean', 'weighted_mean', 'none'] as const) expect(trendAgainstReferences(meta('rate', { rollup }))).toBe(true);
  });
});

const villageProfile: RegionProfile = {
  region: wetan,
  breadcrumb: [{ code: '35', name: 'Jawa Timur', level: 'provinsi', parentCode: null, parentName: null }, kabupaten, genteng],
  parent: genteng,
  root: kabupaten,
  figures: [profileFigure(meta('sample_poverty_rate', { isSample: true }), 5.48, 4.46, 6.13)],
  children: [],
};

describe('Region screen', () => {
  it('shows the village with its figure beside the kecamatan and the regency, its sentence and the sample mark; Back returns', async () => {
    const fake = fakeClient({
      'snapshot.info': { dataAsOf: '2026-08-20', datasetVersion: 1, root: kabupaten },
      'region.profile': villageProfile,
      'indicator.catalogue': [],
      'region.points': [],
    });
    render(<App client={fake.client} i18n={createI18n()} initialRoute={{ screen: 'region', code: wetan.code }} />);
    expect(await screen.findByText('5,48')).toBeTruthy();
    expect(screen.getByTestId('screen-title').textContent).toBe('Desa Genteng Wetan');
    expect(screen.getByTestId('figure-parent').textContent).toContain('4,46 persen');
    expect(screen.getByTestId('figure-root').textContent).toContain('6,13 persen');
    expect(screen.getByTestId('figure-sentence').textContent).toContain('lebih tinggi (lebih buruk) dari rata-rata kecamatan 4,46 persen');
    expect(screen.getAllByTestId('sample-badge').length).toBeGreaterThan(0);
    expect((await screen.findByTestId('data-as-of')).textContent).toContain('20 Agustus 2026');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('5.48')).toBeTruthy();
    fireEvent.click(screen.getByTestId('shell-back'));
    expect(await screen.findByTestId('loading')).toBeTruthy(); // Home, loading its own data
  });

  it('splits the people by sex in one bar, with the total, each share and the source', async () => {
    const people = (id: string, value: number) =>
      profileFigure(meta(id, { themeId: 'kependudukan', name: { id: 'Penduduk laki-laki (contoh)', en: 'Male population (sample)' }, unit: { id: 'jiwa', en: 'persons' }, decimals: 0, rollup: 'sum', isSample: true }), value, null);
    const fake = fakeClient({
      'snapshot.info': { dataAsOf: '2026-08-20', datasetVersion: 1, root: kabupaten },
      'region.profile': { ...villageProfile, figures: [...villageProfile.figures, people('pop_male', 7_450), people('pop_female', 7_555)] },
      'indicator.catalogue': [],
      'region.points': [],
    });
    render(<App client={fake.client} i18n={createI18n()} initialRoute={{ screen: 'region', code: wetan.code }} />);
    const bar = await screen.findByTestId('sex-breakdown');
    // The total of both, not the male figure's name.
    expect(screen.getByTestId('sex-total').textContent).toBe('Jumlah 15.005 jiwa');
    expect(bar.textContent).toContain('7.450 jiwa · 49,7%');
    expect(bar.textContent).toContain('7.555 jiwa · 50,3%');
    expect(bar.textContent).toContain('Data contoh');
    expect(bar.textContent).toContain('Tahun 2025');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await vi.waitFor(() => expect(screen.getByTestId('sex-total').textContent).toBe('Total 15,005 persons'));
  });

  it('explains a failure and retries', async () => {
    let fail = true;
    const fake = fakeClient({
      'snapshot.info': { dataAsOf: '2026-08-20', datasetVersion: 1, root: kabupaten },
      'region.profile': () => {
        if (fail) throw new Error('down');
        return villageProfile;
      },
      'indicator.catalogue': [],
      'region.points': [],
    });
    render(<App client={fake.client} i18n={createI18n()} initialRoute={{ screen: 'region', code: wetan.code }} />);
    expect((await screen.findByTestId('error')).textContent).toContain('Data belum dapat ditampilkan');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('5,48')).toBeTruthy();
  });
});
