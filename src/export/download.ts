// Files for the user: the SVG text as is, and a PNG drawn from it at 2× on a canvas (an
// <img> of the SVG blob; the CSP allows img-src blob:).
import { exportFileName } from './filename';
import { buildExport, serialise } from './svg';

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(): void {
  const pic = buildExport();
  save(new Blob([serialise(pic.svg)], { type: 'image/svg+xml' }), exportFileName(pic.scenarioId, pic.step, 'svg'));
}

export async function downloadPng(scale = 2): Promise<void> {
  const pic = buildExport();
  const url = URL.createObjectURL(new Blob([serialise(pic.svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pic.width * scale;
    canvas.height = pic.height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, pic.width, pic.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
    save(png, exportFileName(pic.scenarioId, pic.step, 'png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
