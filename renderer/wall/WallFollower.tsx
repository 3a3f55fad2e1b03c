import { useEffect } from 'react';
import { useApiClient } from '../api/ApiContext';
import { useNavigation } from '../navigation/NavigationContext';
import { usePresenter } from './usePresenter';

/**
 * The kiosk's side of "follow the presenter" that no screen can do for itself: the
 * wall is released when the kiosk idles back to the attract loop, and a hold that the
 * wall lost (released or taken over by a playlist elsewhere) is dropped. The screens'
 * wall button sends each new screen, since only they know its title.
 */
export function WallFollower() {
  const client = useApiClient();
  const { route } = useNavigation();
  const [presenter, state] = usePresenter();

  useEffect(() => {
    if (route.screen === 'attract' && state.presenting) void presenter.release();
  }, [route.screen, state.presenting, presenter]);

  useEffect(() => client.on('wall.view', (view) => presenter.observe(view)), [client, presenter]);
  return null;
}
