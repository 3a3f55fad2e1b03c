import { useCallback, useEffect, useState } from 'react';
import type { RequestArgs } from '../../data/api/contract';
import type { AdminSession, Playlist, PlaylistSlideAdded } from '../../data/api/types';
import { useApiClient } from '../api/ApiContext';
import { useLang } from '../hooks/useLang';
import type { WallViewInput } from '../wall/routeView';
import { errorCode, errorMessage, useAdminApi } from './adminApi';
import { AdminField } from './AdminField';
import { AdminSheet } from './AdminSheet';
import { AdminKeyboard, applyAdminKey } from './AdminKeyboard';
import { dropSession, heldSession, holdSession } from './kioskSession';
import { defaultSlideSeconds, stepDuration } from './presets';
import { maxPlaylistNameLength, SlideDuration } from './SlideDuration';
import '../styles/admin.css';

type Step = 'pick' | 'name' | { added: PlaylistSlideAdded };

/** The contract types a view per screen (data/wall/views.ts); routeToView builds one for the route's screen. */
type SlideView = RequestArgs<'playlist.addSlide'>['view'];

/** Pick a playlist or name a new one, then one tap saves the view as its next slide. */
function Picker({ session, view, onExpired, onDone }: { session: AdminSession; view: WallViewInput; onExpired: () => void; onDone: () => void }) {
  const { t } = useLang();
  const client = useApiClient();
  const api = useAdminApi(client, session.token, onExpired);
  const [playlists, setPlaylists] = useState<Playlist[] | null>(null);
  const [step, setStep] = useState<Step>('pick');
  const [name, setName] = useState('');
  const [seconds, setSeconds] = useState(defaultSlideSeconds);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    client.request('playlist.list').then(setPlaylists, (error: unknown) => setFailure(errorMessage(error)));
  }, [client]);

  const add = async (target: { playlistId: number } | { newPlaylistName: string }) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const added = await api.call('playlist.addSlide', { ...target, view: view as SlideView, durationSeconds: seconds });
      holdSession(client, session);
      setStep({ added });
    } catch (error) {
      if (errorCode(error) !== 'unauthorized') setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  if (typeof step === 'object') {
    return (
      <div className="save-sheet__done" data-testid="save-playlist-done">
        <p className="admin-message admin-message--ok" role="status" data-testid="save-playlist-confirmation">
          {t('admin.save.added', { name: step.added.playlist.name, slide: step.added.slideNumber })}
        </p>
        <div className="admin-actions">
          <button type="button" className="admin-button admin-button--primary" data-testid="save-playlist-finish" onClick={onDone}>
            {t('admin.save.finish')}
          </button>
        </div>
      </div>
    );
  }

  const error = failure && (
    <div className="admin-message admin-message--error" role="alert" data-testid="save-playlist-error">
      <p>{t('admin.save.notSaved')}</p>
      <p className="admin-message__detail">{failure}</p>
    </div>
  );
  const duration = <SlideDuration seconds={seconds} onChange={(direction) => setSeconds((value) => stepDuration(value, direction))} />;

  if (step === 'name') {
    return (
      <div className="save-sheet__name">
        {duration}
        <AdminField name="new-playlist" label={t('admin.save.newName')} value={name} onChange={setName} active onActivate={() => undefined} />
        <AdminKeyboard onKey={(key) => setName((value) => applyAdminKey(value, key, maxPlaylistNameLength))} />
        {error}
        <div className="admin-actions">
          <button type="button" className="admin-button" onClick={() => setStep('pick')}>
            {t('admin.save.back')}
          </button>
          <button
            type="button"
            className="admin-button admin-button--primary"
            data-testid="save-playlist-create"
            disabled={busy || name.trim() === ''}
            onClick={() => void add({ newPlaylistName: name.trim() })}
          >
            {t('admin.save.create')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="save-sheet__pick">
      {duration}
      <h3 className="admin-heading">{t('admin.save.choose')}</h3>
      {error}
      {playlists === null && !failure && <p className="admin-note">{t('admin.loading')}</p>}
      <ul className="save-sheet__playlists" data-testid="save-playlist-list">
        {playlists?.map((playlist) => (
          <li key={playlist.id}>
            <button type="button" className="admin-button save-sheet__playlist" data-playlist={playlist.name} disabled={busy} onClick={() => void add({ playlistId: playlist.id })}>
              <span className="save-sheet__playlist-name">{playlist.name}</span>
              <span className="save-sheet__playlist-count">{t('admin.playlists.slides', { count: playlist.slides.length })}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="admin-button admin-button--primary save-sheet__playlist" data-testid="save-playlist-new" disabled={busy} onClick={() => setStep('name')}>
            {t('admin.save.new')}
          </button>
        </li>
      </ul>
    </div>
  );
}

/**
 * "Save to playlist" from a kiosk screen: the admin PIN unless a session is held, then
 * the playlist, and the view is stored as routeToView gave it, so the wall shows exactly
 * this screen when the playlist runs. Loaded only when an official opens it.
 */
export default function SaveToPlaylist({ view, onClose }: { view: WallViewInput; onClose: () => void }) {
  const { t } = useLang();
  const client = useApiClient();
  const [session, setSession] = useState<AdminSession | null>(() => heldSession(client));
  const [notice, setNotice] = useState<string | null>(null);

  const expired = useCallback(() => {
    dropSession(client);
    setSession(null);
    setNotice(t('admin.gate.expired'));
  }, [client, t]);

  const logout = () => {
    if (session) void client.request('admin.logout', { token: session.token }).catch(() => undefined);
    dropSession(client);
    onClose();
  };

  return (
    <AdminSheet
      testIdPrefix="save-playlist"
      dialogTestId="save-playlist-sheet"
      className="save-sheet"
      bodyClassName="save-sheet__body"
      title={t('admin.save.title')}
      session={session}
      notice={notice}
      lead={
        <p className="save-sheet__view" data-testid="save-playlist-view">
          {t('admin.save.view', { title: view.title })}
        </p>
      }
      onSession={(next) => {
        holdSession(client, next);
        setNotice(null);
        setSession(next);
      }}
      onLogout={logout}
      onClose={onClose}
    >
      {session && <Picker session={session} view={view} onExpired={expired} onDone={onClose} />}
    </AdminSheet>
  );
}
