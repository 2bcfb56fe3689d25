/** The browser scripts' DOM helper: found elements come back, and a missing one is named in the error. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { required, requiredAncestor, requiredData } from '../../src/client/dom.ts';

const { document } = parseHTML(`<!doctype html><html><body>
  <section data-compare data-base="/lv/compare/">
    <div class="field"><select data-compare-select><option value="riga">Rīga</option></select></div>
    <p data-compare-status role="status"></p>
  </section>
</body></html>`);
const box = document.querySelector('[data-compare]') as unknown as HTMLElement;

describe('required', () => {
  it('returns the element the selector finds, under the given root', () => {
    expect(required(box, '[data-compare-status]', 'compare.ts').getAttribute('role')).toBe('status');
    expect(required(box, 'select', 'compare.ts').tagName).toBe('SELECT');
  });

  it('names the script and the selector when the element is missing', () => {
    expect(() => required(box, '[data-compare-table]', 'compare.ts')).toThrow(new Error('compare.ts: missing [data-compare-table]'));
  });

  it('looks only under its root', () => {
    const status = required(box, '[data-compare-status]', 'compare.ts');
    expect(() => required(status, 'select', 'compare.ts')).toThrow('compare.ts: missing select');
  });
});

describe('requiredAncestor', () => {
  const select = required(box, 'select', 'search/client.ts');

  it('returns the nearest matching ancestor', () => {
    expect(requiredAncestor(select, 'div', 'search/client.ts').className).toBe('field');
  });

  it('names the script, the selector and the element it started from when there is none', () => {
    expect(() => requiredAncestor(select, 'details', 'search/client.ts')).toThrow(
      'search/client.ts: missing details around <select[data-compare-select]>',
    );
  });
});

describe('requiredData', () => {
  it('reads a data attribute', () => {
    expect(requiredData(box, 'base', 'compare.ts')).toBe('/lv/compare/');
  });

  it('names the missing attribute as it is written in the markup', () => {
    expect(() => requiredData(box, 'mineSet', 'my-municipality.ts')).toThrow(
      'my-municipality.ts: <section[data-compare][data-base]> has no data-mine-set',
    );
  });
});
