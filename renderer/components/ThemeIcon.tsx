/**
 * Line icons for the data themes, drawn inline: the kiosk has no emoji font and must
 * not fetch icons from the internet. A theme's `icon` names one of these; several
 * common names map to the same drawing, and an unknown name gets the generic one.
 */
const drawings = {
  users: (
    <>
      <circle cx="9" cy="8" r="3.2" />
      <path d="M3 20c0-3.6 2.7-6 6-6s6 2.4 6 6" />
      <circle cx="17" cy="9" r="2.6" />
      <path d="M16 14.2c2.9.2 5 2.4 5 5.8" />
    </>
  ),
  heartPulse: (
    <>
      <path d="M12 20s-7.5-4.6-7.5-10.2A4.3 4.3 0 0 1 12 7.4a4.3 4.3 0 0 1 7.5 2.4C19.5 15.4 12 20 12 20Z" />
      <path d="M6 12.5h3.5l1.5-3 2 5 1.5-2H18" />
    </>
  ),
  handHeart: (
    <>
      <path d="M12 11.5S8 9.2 8 6.4A2.2 2.2 0 0 1 12 5.2a2.2 2.2 0 0 1 4 1.2c0 2.8-4 5.1-4 5.1Z" />
      <path d="M3 14h3.5l3.5 1.5h3.5a1.5 1.5 0 0 1 0 3H10" />
      <path d="M13.5 18.5 19 16a1.6 1.6 0 0 1 1.6 2.7L14 22H3" />
    </>
  ),
  chart: (
    <>
      <path d="M4 20h16" />
      <path d="M7 16v-5M12 16V6M17 16v-8" />
    </>
  ),
  school: (
    <>
      <path d="M2.5 9 12 4.5 21.5 9 12 13.5 2.5 9Z" />
      <path d="M6.5 11v5c1.5 1.6 3.5 2.5 5.5 2.5s4-.9 5.5-2.5v-5" />
      <path d="M21.5 9v5.5" />
    </>
  ),
  wallet: (
    <>
      <path d="M4 7.5h14.5a1.5 1.5 0 0 1 1.5 1.5v9.5a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 18.5v-11A2.5 2.5 0 0 1 6.5 5H16" />
      <path d="M20 11.5h-4a1.75 1.75 0 0 0 0 3.5h4" />
    </>
  ),
  wifi: (
    <>
      <path d="M3 9.5a13 13 0 0 1 18 0" />
      <path d="M6.2 13a8.5 8.5 0 0 1 11.6 0" />
      <path d="M9.4 16.4a4 4 0 0 1 5.2 0" />
      <circle cx="12" cy="19.5" r="0.6" />
    </>
  ),
  building: (
    <>
      <path d="M3 21h18" />
      <path d="M4 9h16L12 4 4 9Z" />
      <path d="M6.5 11.5V18M10.5 11.5V18M13.5 11.5V18M17.5 11.5V18" />
    </>
  ),
  palmTree: (
    <>
      <path d="M12 10c-.5 4 .3 8 1.5 11" />
      <path d="M12 10c-1.5-3-4.5-4-8-3 2 .5 3.5 1.5 4.5 3" />
      <path d="M12 10c1.5-3 4.5-4 8-3-2 .5-3.5 1.5-4.5 3" />
      <path d="M12 10c-.5-3-2.5-5.5-5-6.5M12 10c.5-3 2.5-5.5 5-6.5" />
      <path d="M7 21h11" />
    </>
  ),
  village: (
    <>
      <path d="M2.5 20.5h19" />
      <path d="M4 20.5v-7l4.5-4 4.5 4v7" />
      <path d="M13 15.5h7v5" />
      <path d="M12 12l4.5-4 4.5 4" />
      <path d="M7.2 20.5v-3.5h2.6v3.5" />
    </>
  ),
  map: (
    <>
      <path d="M9 4 3 6.5v13L9 17l6 2.5 6-2.5v-13L15 6.5 9 4Z" />
      <path d="M9 4v13M15 6.5v13" />
    </>
  ),
  book: (
    <>
      <path d="M4 5.5C6.5 4.5 9.5 4.5 12 6c2.5-1.5 5.5-1.5 8-.5V19c-2.5-1-5.5-1-8 .5-2.5-1.5-5.5-1.5-8-.5Z" />
      <path d="M12 6v13.5" />
    </>
  ),
  leaf: (
    <>
      <path d="M5 19C5 10 10 5 20 4c0 10-5 15-13 15" />
      <path d="M5 19c3-4 6-7 10-9" />
    </>
  ),
  grid: (
    <>
      <rect x="4" y="4" width="7" height="7" rx="1.5" />
      <rect x="13" y="4" width="7" height="7" rx="1.5" />
      <rect x="4" y="13" width="7" height="7" rx="1.5" />
      <rect x="13" y="13" width="7" height="7" rx="1.5" />
    </>
  ),
};

type Drawing = keyof typeof drawings;

/** Icon names in data (lucide-style and plain words) → drawing. */
const aliases: Record<string, Drawing> = {
  users: 'users', people: 'users', population: 'users',
  'heart-pulse': 'heartPulse', heart: 'heartPulse', health: 'heartPulse', activity: 'heartPulse',
  'hand-heart': 'handHeart', welfare: 'handHeart', 'hand-helping': 'handHeart',
  chart: 'chart', 'bar-chart': 'chart', 'chart-bar': 'chart', economy: 'chart', 'trending-up': 'chart',
  school: 'school', 'graduation-cap': 'school', education: 'school',
  wallet: 'wallet', money: 'wallet', coins: 'wallet', banknote: 'wallet', finance: 'wallet',
  wifi: 'wifi', ict: 'wifi', signal: 'wifi',
  building: 'building', landmark: 'building', 'building-2': 'building', government: 'building',
  'palm-tree': 'palmTree', tree: 'palmTree', tourism: 'palmTree',
  village: 'village', home: 'village', house: 'village', houses: 'village',
  map: 'map', 'map-pin': 'map', region: 'map',
  book: 'book', 'book-open': 'book',
  leaf: 'leaf', sprout: 'leaf', agriculture: 'leaf', wheat: 'leaf',
};

export function ThemeIcon({ name }: { name: string }) {
  const drawing = drawings[aliases[name.trim().toLowerCase()] ?? 'grid'];
  return (
    <svg
      className="theme-icon"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {drawing}
    </svg>
  );
}
