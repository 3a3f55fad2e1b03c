import { useNavigation } from '../../navigation/NavigationContext';
import { LargeTextToggle } from './LargeTextToggle';

/** The large-text switch in its corner on every screen but the attract loop, where any tap starts. */
export function KioskCorner() {
  const { route } = useNavigation();
  if (route.screen === 'attract') return null;
  return <LargeTextToggle floating />;
}
