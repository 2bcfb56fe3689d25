/**
 * The palette (src/styles/global.css tokens) is built on Latvian carmine and every text colour the site
 * puts on a background reaches WCAG AA (4.5:1), computed with the WCAG 2.2 relative-luminance formula.
 */
import { describe, expect, it } from 'vitest';
import { palette } from '../../src/lib/server/palette.ts';

const tokens = palette();

const channel = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16) / 255));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('palette', () => {
  it('computes contrast the WCAG way (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#9e3039', '#9e3039')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('is built on Latvian carmine', () => {
    expect(tokens.brand).toBe('#9e3039');
  });

  // Text colours and the backgrounds they are used on: pages, panels, the carmine tint, notices.
  const text = ['ink', 'muted', 'link', 'brand', 'brand-deep'];
  const backgrounds = ['paper', 'soft', 'tint', 'note'];
  for (const fg of text) {
    for (const bg of backgrounds) {
      it(`--rtl-${fg} on --rtl-${bg} reaches 4.5:1`, () => {
        expect(tokens[fg], `--rtl-${fg} missing`).toBeDefined();
        expect(tokens[bg], `--rtl-${bg} missing`).toBeDefined();
        expect(contrast(tokens[fg]!, tokens[bg]!)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
  // White text on buttons, the current topic tab and the header band.
  for (const bg of ['brand', 'brand-deep', 'ink']) {
    it(`--rtl-paper on --rtl-${bg} reaches 4.5:1`, () => {
      expect(contrast(tokens.paper!, tokens[bg]!)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
