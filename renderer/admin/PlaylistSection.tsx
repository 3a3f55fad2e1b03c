import { useCallback, useEffect, useState } from 'react';
import type { Playlist, WallState } from '../../data/api/types';
import { useLang } from '../hooks/useLang';
import { errorMessage, type AdminApi } from './adminApi';
import { ConfirmDialog } from './ConfirmDialog';
import { PlaylistEditor } from './PlaylistEditor';

/** The saved playlists, which one runs on the wall, and the way to make, change, run, stop or delete them. */
export function PlaylistSection({ api }: { api: AdminApi }) {
  const { t } = useLang();
  const [playlists, setPlaylists] = useState<Playlist[] | null>(null);
  const [wall, setWall] = useState<WallState | null>(null);
  const [editing, setEditing] = useState<Playlist | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Playlist | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(() => {
    const fail = (error: unknown) => setFailure(errorMessage(error));
    api.client.request('playlist.list').then(setPlaylists, fail);
    api.client.request('wall.state').then(setWall, fail);
  }, [api]);
  useEffect(load, [load]);
  useEffect(() => api.client.on('wall.view', () => void api.client.request('wall.state').then(setWall, () => undefined)), [api]);

  const act = (run: () => Promise<WallState | { wall: WallState }>) => {
    setFailure(null);
    run().then(
      (answer) => {
        setWall('wall' in answer ? answer.wall : answer);
        load();
      },
      (error: unknown) => setFailure(errorMessage(error)),
    );
  };

  if (editing) {
    return (
      <PlaylistEditor
        api={api}
        playlist={editing === 'new' ? null : editing}
        onDone={() => {
          setEditing(null);
          load();
        }}
      />
    );
  }
  const running = wall?.playlist ?? null;
  return (
    <div className="admin-playlists">
      <p className="admin-note" data-testid="wall-mode">
        {running ? t('admin.playlists.running', { name: running.name, index: running.index + 1, count: running.slideCount }) : t(`admin.playlists.mode.${wall?.mode ?? 'idle'}`)}
      </p>
      <div className="admin-actions">
        <button type="button" className="admin-button admin-button--primary" data-testid="playlist-new" onClick={() => setEditing('new')}>
          {t('admin.playlists.new')}
        </button>
        {running && (
          <button type="button" className="admin-button" data-testid="playlist-stop" onClick={() => act(() => api.call('playlist.stop'))}>
            {t('admin.playlists.stop')}
          </button>
        )}
      </div>
      {failure && (
        <p className="admin-message admin-message--error" role="alert">
          {failure}
        </p>
      )}
      {playlists?.length === 0 && <p className="admin-note">{t('admin.playlists.none')}</p>}
      <ul className="admin-list" data-testid="playlist-list">
        {playlists?.map((playlist) => (
          <li key={playlist.id} className={`admin-list__item${running?.id === playlist.id ? ' admin-list__item--on' : ''}`} data-playlist={playlist.name}>
            <strong className="admin-list__grow">{playlist.name}</strong>
            <span>{t('admin.playlists.slides', { count: playlist.slides.length })}</span>
            <button type="button" className="admin-button admin-button--small" onClick={() => act(() => api.call('playlist.run', { id: playlist.id }))}>
              {t('admin.playlists.run')}
            </button>
            <button type="button" className="admin-button admin-button--small" onClick={() => setEditing(playlist)}>
              {t('admin.playlists.edit')}
            </button>
            <button type="button" className="admin-button admin-button--small" onClick={() => setDeleting(playlist)}>
              {t('admin.playlists.delete')}
            </button>
          </li>
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          text={t('admin.playlists.deleteConfirm', { name: deleting.name })}
          confirmLabel={t('admin.playlists.delete')}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            act(() => api.call('playlist.delete', { id }));
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
