/** Programme finder filters: instant, reflected in the URL, count announced with the language's plural rules. */
import { required } from './dom.ts';

const SCRIPT = 'finder.ts';
const form = document.querySelector<HTMLElement>('[data-finder]');
if (form) {
  const status = required(form, '[data-finder-status]', SCRIPT);
  const locale = form.dataset.locale ?? 'lv';
  const forms = JSON.parse(form.dataset.plural ?? '{}') as Record<string, string>;
  const rules = new Intl.PluralRules(locale);
  const cards = [...document.querySelectorAll<HTMLElement>('[data-programme]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-finder-group]')];
  const none = required(document, '[data-finder-none]', SCRIPT);
  const fields = ['kind', 'scope', 'status'] as const;
  const select = (name: string) => required<HTMLSelectElement>(form, `select[name="${name}"]`, SCRIPT);

  const apply = (announce: boolean) => {
    const want = Object.fromEntries(fields.map((f) => [f, select(f).value]));
    let shown = 0;
    for (const card of cards) {
      const match =
        (!want.kind || (card.dataset.kinds ?? '').split(' ').includes(want.kind)) &&
        (!want.scope || card.dataset.scope === want.scope) &&
        (!want.status || card.dataset.status === want.status);
      card.hidden = !match;
      if (match) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-programme]:not([hidden])');
    none.hidden = shown > 0;
    const url = new URL(location.href);
    for (const f of fields)
      if (want[f]) url.searchParams.set(f, want[f]!);
      else url.searchParams.delete(f);
    history.replaceState(null, '', url);
    if (announce)
      status.textContent = (forms[rules.select(shown)] ?? forms.other ?? '').replace(
        '{{count}}',
        new Intl.NumberFormat(locale).format(shown),
      );
  };

  const params = new URL(location.href).searchParams;
  for (const f of fields) {
    const v = params.get(f);
    if (v && [...select(f).options].some((o) => o.value === v)) select(f).value = v;
  }
  form.addEventListener('change', () => apply(true));
  required(form, '[data-finder-reset]', SCRIPT).addEventListener('click', () => {
    for (const f of fields) select(f).value = '';
    apply(true);
  });
  apply(params.toString() !== '');
}
