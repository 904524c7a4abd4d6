// The embed dialog's choice of iframe sizes.
/** Embed sizes offered in the dialog (16:9, as slides are). */
export const EMBED_SIZES = [
  { w: 960, h: 540 },
  { w: 1280, h: 720 },
  { w: 800, h: 450 },
  { w: 640, h: 360 },
  { w: 480, h: 270 },
] as const;
