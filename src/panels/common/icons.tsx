// Small inline SVG icons: system fonts lack many symbols (⏮, ⏸, ⏳ draw as boxes without
// an emoji font), so no icon is a Unicode character.
const PATHS = {
  prev: 'M5 4h2v12H5zM16 4v12L8 10z',
  next: 'M13 4h2v12h-2zM4 4v12l8-6z',
  play: 'M6 4v12l10-6z',
  pause: 'M5 4h4v12H5zM11 4h4v12h-4z',
  restart: 'M10 3a7 7 0 1 1-6.6 4.7l1.9.7A5 5 0 1 0 10 5v3L5.5 4 10 0z',
  // Two chain links; an angle-bracket pair for "embed"; a box with an arrow leaving it.
  link: 'M8.6 11.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L10 11.4a1 1 0 0 1-1.4 0zM6.1 10.9 4.7 12.3a2.5 2.5 0 0 0 3.5 3.5l1.4-1.4 1.4 1.4-1.4 1.4a4.5 4.5 0 0 1-6.4-6.4l1.4-1.4zm7.8-1.8 1.4-1.4a2.5 2.5 0 0 0-3.5-3.5l-1.4 1.4L9 4.2l1.4-1.4a4.5 4.5 0 0 1 6.4 6.4l-1.4 1.4z',
  embed: 'M7 5 2 10l5 5 1.4-1.4L4.8 10l3.6-3.6zm6 0-1.4 1.4 3.6 3.6-3.6 3.6L13 15l5-5z',
  open: 'M11 3h6v6h-2V6.4l-6.3 6.3-1.4-1.4L13.6 5H11zM4 5h5v2H5v8h8v-4h2v6H3V5z',
  // A screen on a stand (presenter mode) and a cross (leave).
  present: 'M2 3h16v10H2zm2 2v6h12V5zM9 13h2v3h3v2H6v-2h3z',
  close: 'M5.4 4 10 8.6 14.6 4 16 5.4 11.4 10l4.6 4.6-1.4 1.4-4.6-4.6L5.4 16 4 14.6 8.6 10 4 5.4z',
  // Theme, text size, file in/out, a warning and an hourglass (for "pending").
  sun: 'M9 1h2v3H9zM9 16h2v3H9zM1 9h3v2H1zM16 9h3v2h-3zM3.5 2.1l2.1 2.1-1.4 1.4-2.1-2.1zM14.4 15.8l2.1 2.1-1.4 1.4-2.1-2.1zM2.1 16.5l2.1-2.1 1.4 1.4-2.1 2.1zM15.8 5.6l2.1-2.1 1.4 1.4-2.1 2.1zM10 6a4 4 0 1 1 0 8 4 4 0 0 1 0-8z',
  moon: 'M12.5 2A8 8 0 1 0 18 13.5 6.5 6.5 0 0 1 12.5 2z',
  text: 'M7 3h2l5 13h-2.2l-1.2-3.3H5.4L4.2 16H2zm-1 7.7h4L8 5.3zM15 2h2v2h2v2h-2v2h-2V6h-2V4h2z',
  upload: 'M10 2l5 5h-3.5v6h-3V7H5zM3 15h14v3H3z',
  download: 'M8.5 2h3v6H15l-5 5-5-5h3.5zM3 15h14v3H3z',
  warning: 'M10 1l9.5 17H.5zm-1 6v5h2V7zm0 6.5v2h2v-2z',
  // A keyboard (the shortcuts help): a frame, three rows of keys, a space bar.
  keyboard:
    'M1 4h18v12H1zm2 2v8h14V6zm1 1h2v2H4zm3 0h2v2H7zm3 0h2v2h-2zm3 0h3v2h-3zM4 10h3v2H4zm4 0h2v2H8zm3 0h2v2h-2zm3 0h2v2h-2zM6 12.5h8v1H6z',
  hourglass: 'M4 1h12v2h-1v3l-3.5 4 3.5 4v3h1v2H4v-2h1v-3l3.5-4L5 6V3H4zm3 2v2.3L10 8.8l3-3.5V3z',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
