import { useEffect, useState } from 'react';
import type { WallState, WallView } from '../../data/api/types';
import type { ApiClient } from '../api/client';

export interface WallPicture {
  /** Whether the first answer (or event) has arrived; before it the wall shows its idle screen. */
  known: boolean;
  view: WallView | null;
  playlist: WallState['playlist'];
}

/** A missed event (a sleeping laptop, a dropped link) is caught up by asking again now and then. */
export const wallResyncMs = 60_000;

/**
 * What the wall shows: the last 'wall.view' event, after the state asked for at start.
 * An event is newer than any answer still on its way, so a late answer never overwrites
 * it; the running playlist's name and place are asked for with each new slide.
 */
export function useWallView(client: ApiClient): WallPicture {
  const [picture, setPicture] = useState<WallPicture>({ known: false, view: null, playlist: null });

  useEffect(() => {
    let live = true;
    let events = 0;
    const ask = () => {
      const asked = events;
      client.request('wall.state').then(
        (state) => {
          if (!live) return;
          setPicture((previous) => ({
            known: true,
            // An event that came meanwhile is newer than this answer's view.
            view: asked === events ? state.view : previous.view,
            playlist: state.playlist,
          }));
        },
        () => {
          if (live) setPicture((previous) => ({ ...previous, known: true }));
        },
      );
    };
    const unsubscribe = client.on('wall.view', (view) => {
      events += 1;
      setPicture((previous) => ({ known: true, view, playlist: view === null ? null : previous.playlist }));
      if (view?.from === 'playlist') ask();
    });
    ask();
    const timer = setInterval(ask, wallResyncMs);
    return () => {
      live = false;
      unsubscribe();
      clearInterval(timer);
    };
  }, [client]);

  return picture;
}
