import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../data/api/types';
import { FiguresSlide, MapSlide, VillageSlide } from '../components/attract/Slides';
import { useAttractData } from '../components/attract/useAttractData';
import { DataAsOfBadge } from '../components/DataAsOfBadge';
import { useLang } from '../hooks/useLang';
import { ShellIcon } from '../components/shell/ShellIcons';
import { langs } from '../i18n';
import { useNavigation } from '../navigation/NavigationContext';
import type { Route } from '../navigation/routes';
import '../styles/attract.css';

/** How long each highlight stays up: long enough to read four figures from a metre away. */
export const slideMs = 8_000;
const slideKinds = ['figures', 'village', 'map'] as const;

/**
 * The attract loop: what the kiosk shows while nobody uses it, and where it returns
 * after the idle timeout. Any tap starts; the two language buttons start in that language.
 */
export default function Attract(_props: { route: Route }) {
  const { t, i18n } = useLang();
  const navigation = useNavigation();
  const data = useAttractData();
  const [step, setStep] = useState(0);
  const { nextVillage, outline } = data;

  useEffect(() => {
    const timer = setTimeout(() => setStep((current) => current + 1), slideMs);
    return () => clearTimeout(timer);
  }, [step]);

  const kind = slideKinds[step % slideKinds.length] ?? 'figures';
  useEffect(() => {
    // Each time the village slide has been shown, line up a different village for its next turn.
    if (kind === 'map') nextVillage();
  }, [kind, nextVillage]);

  const highlight = useMemo(() => {
    if (!outline || outline.paths.length === 0) return null;
    return outline.paths[(step * 7) % outline.paths.length]?.code ?? null;
  }, [outline, step]);

  const start = () => navigation.home();
  const startIn = (lang: Lang) => {
    if (lang !== i18n.language) void i18n.changeLanguage(lang);
    navigation.home();
  };

  const slide =
    kind === 'village' && data.village ? (
      <VillageSlide village={data.village} />
    ) : kind === 'map' && outline ? (
      <MapSlide outline={outline} overview={data.overview} highlight={highlight} />
    ) : data.overview ? (
      <FiguresSlide overview={data.overview} />
    ) : null;

  const fixedId = i18n.getFixedT('id');
  const fixedEn = i18n.getFixedT('en');
  return (
    // Any tap anywhere starts: a visitor should not have to find the right spot.
    <div className="attract" data-testid="attract" data-ready={data.overview ? 'true' : undefined} onClick={start}>
      <header className="attract__top">
        <h1 className="attract__welcome">{t('kiosk.attract.welcome')}</h1>
        {data.info && <DataAsOfBadge dataAsOf={data.info.dataAsOf} />}
      </header>
      <main className="attract__stage" aria-label={t('kiosk.attract.slides')}>
        <div key={step} className="attract__slide">
          {slide}
        </div>
      </main>
      <footer className="attract__bottom">
        <button type="button" className="attract__start" data-testid="attract-start" onClick={(event) => {
            event.stopPropagation();
            start();
          }}>
          <span className="attract__pulse" aria-hidden="true">
            <ShellIcon name="touch" className="attract__touch-icon" />
          </span>
          <span className="attract__start-text" lang="id">
            {fixedId('kiosk.attract.touchToStart')}
          </span>
          <span className="attract__start-text attract__start-text--second" lang="en">
            {fixedEn('kiosk.attract.touchToStart')}
          </span>
        </button>
        <div className="attract__languages" role="group" aria-label={t('language.choose')}>
          {langs.map((lang) => (
            <button
              key={lang}
              type="button"
              lang={lang}
              className="attract__language"
              data-lang={lang}
              onClick={(event) => {
                event.stopPropagation();
                startIn(lang);
              }}
            >
              <span className="attract__language-name">{t(`language.${lang}`)}</span>
              <span className="attract__language-hint">{i18n.getFixedT(lang)('kiosk.attract.startIn')}</span>
            </button>
          ))}
        </div>
        <ol className="attract__dots" aria-hidden="true">
          {slideKinds.map((name, index) => (
            <li key={name} className={index === step % slideKinds.length ? 'attract__dot attract__dot--on' : 'attract__dot'} />
          ))}
        </ol>
      </footer>
    </div>
  );
}
