/** Filters the municipality list by name as the reader types. Without JavaScript the full list shows. */
import { fold } from '../lib/fold.ts';
import { required } from './dom.ts';

const SCRIPT = 'municipality-filter.ts';
const box = document.querySelector<HTMLElement>('[data-filter]');
if (box) {
  const input = required(box, 'input', SCRIPT);
  const status = required(box, '[data-filter-status]', SCRIPT);
  const locale = box.dataset.locale ?? 'lv';
  const forms = JSON.parse(box.dataset.plural ?? '{}') as Record<string, string>;
  const rules = new Intl.PluralRules(locale);
  const items = [...document.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-filter-group]')];
  /** While a name is typed the map steps aside, so the matching municipalities appear right under the box. */
  const map = document.querySelector<HTMLElement>('.rtl-map');
  input.addEventListener('input', () => {
    const q = fold(input.value.trim());
    let shown = 0;
    for (const item of items) {
      const match = !q || fold(item.dataset.name ?? '').includes(q);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-filter-item]:not([hidden])');
    if (map) map.hidden = Boolean(q);
    const form = forms[rules.select(shown)] ?? forms.other ?? '{{count}}';
    status.textContent = q ? form.replace('{{count}}', new Intl.NumberFormat(locale).format(shown)) : '';
  });
}
