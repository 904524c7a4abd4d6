// Small inline icons for the playback buttons (system fonts lack ⏮/⏭ on many machines).
const PATHS = {
  prev: 'M5 4h2v12H5zM16 4v12L8 10z',
  next: 'M13 4h2v12h-2zM4 4v12l8-6z',
  play: 'M6 4v12l10-6z',
  pause: 'M5 4h4v12H5zM11 4h4v12h-4z',
  restart: 'M10 3a7 7 0 1 1-6.6 4.7l1.9.7A5 5 0 1 0 10 5v3L5.5 4 10 0z',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
