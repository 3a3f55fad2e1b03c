/** Line icons for the shell's buttons, drawn inline (no icon font, nothing fetched). */
const paths = {
  back: <path d="M15 5 8 12l7 7" />,
  home: (
    <>
      <path d="M4 11 12 4l8 7" />
      <path d="M6 9.5V20h12V9.5" />
      <path d="M10 20v-5h4v5" />
    </>
  ),
  search: (
    <>
      <circle cx="10.5" cy="10.5" r="6" />
      <path d="m15 15 5 5" />
    </>
  ),
  play: <path d="M8 5v14l11-7Z" fill="currentColor" />,
  pause: <path d="M8 5v14M16 5v14" strokeWidth="3" />,
  close: <path d="M6 6l12 12M18 6 6 18" />,
  map: (
    <>
      <path d="M9 4 3 6.5v13L9 17l6 2.5 6-2.5v-13L15 6.5 9 4Z" />
      <path d="M9 4v13M15 6.5v13" />
    </>
  ),
  chevron: <path d="m9 5 7 7-7 7" />,
  touch: (
    <>
      <path d="M10 12.5V4.5a1.5 1.5 0 0 1 3 0v7" />
      <path d="M13 10.5a1.5 1.5 0 0 1 3 0v1.5" />
      <path d="M16 11.5a1.5 1.5 0 0 1 3 0V15a6 6 0 0 1-6 6h-1a6 6 0 0 1-4.9-2.5l-2.6-3.7a1.5 1.5 0 0 1 2.4-1.8L10 15" />
    </>
  ),
};

export type ShellIconName = keyof typeof paths;

export function ShellIcon({ name, className = 'shell-icon' }: { name: ShellIconName; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {paths[name]}
    </svg>
  );
}
