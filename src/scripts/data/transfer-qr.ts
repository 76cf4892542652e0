/**
 * The transfer link as a QR code for a phone's camera, drawn on a canvas (black on white in both
 * themes, with the quiet zone codes need). The encoder is uqr, loaded only here.
 */
import { encode } from 'uqr';
import { h } from '../dom';

const SCALE = 4;

export function qrCanvas(url: string): HTMLCanvasElement {
  const { data, size } = encode(url, { ecc: 'L', border: 4 });
  const canvas = h('canvas', {
    role: 'img',
    'aria-label': 'QR code of the transfer link: scan it with your phone’s camera',
  });
  canvas.width = canvas.height = size * SCALE;
  const context = canvas.getContext('2d');
  if (!context) return canvas;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) context.fillRect(x * SCALE, y * SCALE, SCALE, SCALE);
    });
  });
  return canvas;
}
