import { useState } from 'react';
import type { Playlist, PlaylistSlide } from '../../data/api/types';
import { useLang } from '../hooks/useLang';
import { errorMessage, type AdminApi } from './adminApi';
import { AdminField } from './AdminField';
import { AdminKeyboard, applyAdminKey } from './AdminKeyboard';
import { defaultSlideSeconds, stepDuration, usePresets, type Preset } from './presets';

/** One playlist being made or changed: a name, slides picked from the presets, a duration for each. */
export function PlaylistEditor({ api, playlist, onDone }: { api: AdminApi; playlist: Playlist | null; onDone: () => void }) {
  const { t, lang } = useLang();
  const presets = usePresets(api.client, lang, t);
  const [name, setName] = useState(playlist?.name ?? '');
  const [slides, setSlides] = useState<PlaylistSlide[]>(playlist?.slides ?? []);
  const [typing, setTyping] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const add = (preset: Preset) => setSlides((current) => [...current, { view: preset.view, durationSeconds: defaultSlideSeconds }]);
  const change = (index: number, next: PlaylistSlide | null) =>
    setSlides((current) => current.flatMap((slide, at) => (at === index ? (next ? [next] : []) : [slide])));

  const save = async () => {
    setSaving(true);
    setFailure(null);
    try {
      await api.call('playlist.save', { ...(playlist ? { id: playlist.id } : {}), name: name.trim(), slides } as never);
      onDone();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="playlist-editor" data-testid="playlist-editor">
      <AdminField name="playlist-name" label={t('admin.playlists.name')} value={name} onChange={setName} active={typing} onActivate={() => setTyping(true)} />
      {typing && <AdminKeyboard onKey={(key) => setName((value) => applyAdminKey(value, key, 80))} />}
      <div className="playlist-editor__columns">
        <section aria-labelledby="playlist-slides-title">
          <h3 id="playlist-slides-title" className="admin-heading">
            {t('admin.playlists.slides', { count: slides.length })}
          </h3>
          {slides.length === 0 && <p className="admin-note">{t('admin.playlists.noSlides')}</p>}
          <ol className="playlist-slides" data-testid="playlist-slides">
            {slides.map((slide, index) => (
              <li key={`${index}-${slide.view.title}`} className="playlist-slide">
                <span className="playlist-slide__title">{slide.view.title}</span>
                <span className="playlist-slide__duration" role="group" aria-label={t('admin.playlists.duration')}>
                  <button type="button" className="admin-button admin-button--small" aria-label={t('admin.playlists.shorter')} onClick={() => change(index, { ...slide, durationSeconds: stepDuration(slide.durationSeconds, -1) })}>
                    −
                  </button>
                  <output className="playlist-slide__seconds">{t('admin.playlists.seconds', { count: slide.durationSeconds })}</output>
                  <button type="button" className="admin-button admin-button--small" aria-label={t('admin.playlists.longer')} onClick={() => change(index, { ...slide, durationSeconds: stepDuration(slide.durationSeconds, 1) })}>
                    +
                  </button>
                </span>
                <button type="button" className="admin-button admin-button--small" onClick={() => change(index, null)}>
                  {t('admin.playlists.remove')}
                </button>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="playlist-presets-title">
          <h3 id="playlist-presets-title" className="admin-heading">
            {t('admin.playlists.add')}
          </h3>
          {presets.length === 0 && <p className="admin-note">{t('admin.loading')}</p>}
          <div className="playlist-presets" data-testid="playlist-presets">
            {presets.map((preset) => (
              <button key={preset.key} type="button" className={`admin-button playlist-preset playlist-preset--${preset.group}`} data-preset={preset.key} onClick={() => add(preset)}>
                {preset.view.title}
              </button>
            ))}
          </div>
        </section>
      </div>
      {failure && (
        <div className="admin-message admin-message--error" role="alert" data-testid="playlist-error">
          <p>{t('admin.playlists.notSaved')}</p>
          <p className="admin-message__detail">{failure}</p>
        </div>
      )}
      <div className="admin-actions">
        <button type="button" className="admin-button" onClick={onDone}>
          {t('admin.cancel')}
        </button>
        <button type="button" className="admin-button admin-button--primary" data-testid="playlist-save" disabled={saving} onClick={() => void save()}>
          {t('admin.playlists.save')}
        </button>
      </div>
    </div>
  );
}
