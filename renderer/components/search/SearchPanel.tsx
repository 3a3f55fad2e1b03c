import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SearchHit, Theme } from '../../../data/api/types';
import { useApiClient } from '../../api/ApiContext';
import { pick } from '../../i18n/format';
import { useLang } from '../../hooks/useLang';
import { applyKey } from './keyboard';
import { describeHit, orderHits } from './labels';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import { useSearch } from './useSearch';

interface SearchPanelProps {
  onPick: (hit: SearchHit) => void;
  /** The finger went down on a result: the screen may start loading what it opens. */
  onPress?: (hit: SearchHit) => void;
  /** Shown instead of results while the query is empty, and under "nothing found": suggestions to tap. */
  empty: ReactNode;
  /** Only places (the compare picker); otherwise data too. */
  regionsOnly?: boolean;
  /** Codes already chosen, shown but not offered again. */
  taken?: ReadonlySet<string>;
}

function useThemes(): Theme[] {
  const client = useApiClient();
  const [themes, setThemes] = useState<Theme[]>([]);
  useEffect(() => {
    let live = true;
    client.request('overview.get').then((overview) => live && setThemes(overview.themes), () => undefined);
    return () => {
      live = false;
    };
  }, [client]);
  return themes;
}

function HitIcon({ kind }: { kind: SearchHit['kind'] }) {
  return (
    <svg className="search-hit__icon" viewBox="0 0 24 24" aria-hidden="true">
      {kind === 'region' ? (
        <path d="M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11Zm0-8.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z" fill="currentColor" />
      ) : (
        <path d="M5 20V11m7 9V5m7 15v-6" stroke="currentColor" strokeWidth="3" strokeLinecap="round" fill="none" />
      )}
    </svg>
  );
}

/** The search field, its results and the on-screen keyboard: the Search screen and the compare picker share it. */
export function SearchPanel({ onPick, onPress, empty, regionsOnly = false, taken }: SearchPanelProps) {
  const { t, lang } = useLang();
  const [query, setQuery] = useState('');
  const search = useSearch(query, lang);
  const themes = useThemes();
  const onKey = useCallback((key: string) => setQuery((current) => applyKey(current, key)), []);

  const themeName = useCallback((id: string) => {
    const theme = themes.find((candidate) => candidate.id === id);
    return theme ? pick(theme.name, lang) : null;
  }, [themes, lang]);

  const hits = useMemo(() => {
    if (search.status === 'idle' || search.status === 'failed') return [];
    const ordered = orderHits(search.hits);
    return regionsOnly ? ordered.filter((hit) => hit.kind === 'region') : ordered;
  }, [search, regionsOnly]);

  const status =
    search.status === 'failed'
      ? t('kiosk.search.failed')
      : search.status === 'done' && hits.length === 0
        ? t('kiosk.search.none', { query: search.query })
        : search.status === 'idle'
          ? ''
          : search.status === 'searching' && hits.length === 0
            ? t('kiosk.search.searching')
            : t('kiosk.search.resultCount', { count: hits.length });

  // Nothing found (or the search failed): the suggestions again, so the visitor has something to tap instead of a dead end.
  const nothingFound = search.status === 'failed' || (search.status === 'done' && hits.length === 0);

  // data-results-for: the query the shown results answer (a marker for tests and the UI benchmark, which tap a result only once it has settled).
  return (
    <div className="search-panel" data-ready={search.status === 'done' ? 'true' : undefined} data-results-for={search.status === 'done' ? search.query : undefined}>
      <div className="search-panel__field">
        <input
          type="search"
          className="search-field"
          value={query}
          readOnly
          inputMode="none"
          aria-label={t('kiosk.search.field')}
          placeholder={t(regionsOnly ? 'kiosk.search.placeholderPlaces' : 'kiosk.search.placeholder')}
          data-testid="search-field"
        />
      </div>
      <section className="search-panel__results" aria-label={t('kiosk.search.results')}>
        <p className="search-panel__status" role="status" data-testid="search-status">
          {status}
        </p>
        {search.status === 'idle' || nothingFound ? (
          empty
        ) : (
          <ul className="search-hits" data-testid="search-results">
            {hits.map((hit) => {
              const label = describeHit(hit, t, themeName);
              const code = hit.kind === 'region' ? hit.code : hit.id;
              const isTaken = taken?.has(code) ?? false;
              return (
                <li key={label.key}>
                  <button
                    type="button"
                    className={`search-hit search-hit--${hit.kind}`}
                    data-hit={label.key}
                    disabled={isTaken}
                    onPointerDown={onPress && (() => onPress(hit))}
                    onClick={() => onPick(hit)}
                  >
                    <HitIcon kind={hit.kind} />
                    <span className="search-hit__text">
                      <span className="search-hit__title">{label.title}</span>
                      <span className="search-hit__detail">{label.detail}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <div className="search-panel__keyboard">
        <OnScreenKeyboard onKey={onKey} />
      </div>
    </div>
  );
}
