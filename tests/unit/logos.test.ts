import { describe, expect, test } from 'vitest';
import { logoMeta, logoMetaOf } from '../../src/lib/logos';

const svg = (width: number, body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="24" viewBox="0 0 ${width} 24">${body}</svg>`;

describe('logo size and dark-theme tone', () => {
  test('a wide wordmark keeps its proportions at 24 px high', () => {
    expect(logoMetaOf(svg(48, '<path fill="#f90" d="M0 0h1"/>'))).toMatchObject({ width: 48, height: 24 });
  });

  test('a mark drawn only in dark colours, or in the default black, is inverted in the dark theme', () => {
    expect(logoMetaOf(svg(24, '<path fill="#161614" d="M0 0h1"/>')).tone).toBe('mono-dark');
    expect(logoMetaOf(svg(24, '<path d="M0 0h1"/>')).tone).toBe('mono-dark');
    // White knock-outs do not count as colour.
    expect(logoMetaOf(svg(24, '<path fill="#092e20" d="M0 0h1"/><path fill="#fff" d="M0 0h1"/>')).tone).toBe(
      'mono-dark',
    );
  });

  test('a mark with some dark parts gets a light tile, a bright one stays as it is', () => {
    expect(logoMetaOf(svg(40, '<path fill="#252f3e" d="M0 0h1"/><path fill="#f90" d="M0 0h1"/>')).tone).toBe(
      'has-dark',
    );
    expect(logoMetaOf(svg(24, '<path fill="#2396ed" d="M0 0h1"/>')).tone).toBe('plain');
  });

  test('registered wordmarks are not squeezed into squares', () => {
    expect(logoMeta('aws').width).toBeGreaterThan(30);
    expect(logoMeta('github').tone).toBe('mono-dark');
  });
});
