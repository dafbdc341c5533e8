/** Draws an SVG file as PNG bytes at `ratio` pixels per CSS pixel (twice the screen's by default: sharp on a slide). */
export async function rasterizeInPage(svg: string, size: { width: number; height: number }, ratio = 2) {
  const fitted = Math.min(ratio, 16_000 / Math.max(1, size.width), 16_000 / Math.max(1, size.height));
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The map could not be drawn as a picture.'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(size.width * fitted);
  canvas.height = Math.ceil(size.height * fitted);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The map could not be drawn as a picture.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The map could not be drawn as a picture.');
  return new Uint8Array(await blob.arrayBuffer());
}
