import type { Route } from '../navigation/routes';

// Placeholder until the screen lands (issue #5); routing and lazy loading already go through it.
export default function Compare(_props: { route: Route }) {
  return null;
}
