import { useEffect, useState, type CSSProperties } from 'react';
import { formatPeriod } from '../../i18n/format';
import { useLang } from '../../hooks/useLang';
import { ShellIcon } from '../shell/ShellIcons';
import { useScreenInFront } from '../../navigation/KeptScreenView';

/** How long each period stays on screen while playing: long enough to read the leaders. */
export const stepMs = 1_200;

/** The period after `current`, or null at the end (playing stops there rather than loop). */
export function nextPeriod(periods: readonly string[], current: string): string | null {
  const index = periods.indexOf(current);
  return index >= 0 && index < periods.length - 1 ? (periods[index + 1] ?? null) : null;
}

interface PeriodPlayerProps {
  periods: readonly string[];
  current: string;
  onChange: (period: string) => void;
}

/**
 * A period slider made of stops a finger can hit (a native range thumb is too small and
 * too fiddly on a kiosk), with Play: it steps through the periods and stops at the last.
 */
export function PeriodPlayer({ periods, current, onChange }: PeriodPlayerProps) {
  const { t, lang } = useLang();
  const [playing, setPlaying] = useState(false);
  // A kept screen behind another holds its place: playing resumes when it comes back.
  const inFront = useScreenInFront();

  useEffect(() => {
    if (!playing || !inFront) return;
    const next = nextPeriod(periods, current);
    if (next === null) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => onChange(next), stepMs);
    return () => clearTimeout(timer);
  }, [playing, inFront, periods, current, onChange]);

  if (periods.length < 2) return null;
  const play = () => {
    if (playing) return setPlaying(false);
    if (nextPeriod(periods, current) === null) onChange(periods[0] as string);
    setPlaying(true);
  };
  return (
    <div className="period-player" role="group" aria-label={t('screens.period.label')}>
      <button type="button" className="period-player__play" data-testid="period-play" aria-pressed={playing} onClick={play}>
        <ShellIcon name={playing ? 'pause' : 'play'} />
        {playing ? t('screens.period.pause') : t('screens.period.play')}
      </button>
      <ol className="period-player__track" style={{ '--stops': periods.length } as CSSProperties}>
        {periods.map((period) => (
          <li key={period} className="period-player__stop">
            <button
              type="button"
              className="period-player__button"
              data-period={period}
              aria-pressed={period === current}
              onClick={() => {
                setPlaying(false);
                onChange(period);
              }}
            >
              {formatPeriod(period, lang, t)}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
