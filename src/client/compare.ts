/**
 * Interactive comparison: up to four municipalities, kept in ?m=a,b,c so the link can be shared.
 * Columns are taken from the pre-rendered region comparison pages, fetched on demand.
 */
import { required } from './dom.ts';

const SCRIPT = 'compare.ts';
const box = document.querySelector<HTMLElement>('[data-compare]');
if (box) {
  const selects = [...box.querySelectorAll<HTMLSelectElement>('[data-compare-select]')];
  const target = required(document, '[data-compare-table]', SCRIPT);
  const status = required(box, '[data-compare-status]', SCRIPT);
  const pages = new Map<string, Promise<Document>>();
  const regionOf = (id: string) => selects[0]!.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(id)}"]`)?.dataset.region;
  const fetchRegion = (region: string) => {
    if (!pages.has(region))
      pages.set(
        region,
        fetch(`${box.dataset.base}${region}/`)
          .then((r) => r.text())
          .then((html) => new DOMParser().parseFromString(html, 'text/html')),
      );
    return pages.get(region)!;
  };
  let ticket = 0;
  const show = async () => {
    const chosen = [...new Set(selects.map((s) => s.value).filter(Boolean))];
    history.replaceState(null, '', chosen.length ? `?m=${chosen.join(',')}` : location.pathname);
    const mine = ++ticket;
    if (chosen.length < 2) {
      target.replaceChildren();
      status.textContent = box.dataset.choose ?? '';
      return;
    }
    status.textContent = '';
    const docs = await Promise.all(chosen.map((id) => fetchRegion(regionOf(id) ?? '')));
    if (mine !== ticket) return;
    // The first page's table gives the row headers; each chosen municipality adds its own column.
    const section = required(docs[0]!, '.rtl-compare', SCRIPT).cloneNode(true) as HTMLElement;
    // The copied table still carries its region page's caption ("Kurzeme: …"); name this comparison instead.
    const names = chosen.map((id) => selects[0]!.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(id)}"]`)?.text ?? id);
    const caption = `${box.dataset.caption ?? ''}: ${names.join(', ')}`;
    section.setAttribute('aria-label', caption);
    const cap = section.querySelector('caption');
    if (cap) cap.textContent = caption;
    const rows = [...section.querySelectorAll('tr')];
    rows.forEach((row) => row.querySelectorAll('[data-m]').forEach((c) => c.remove()));
    const from = new WeakMap<Element, Document>();
    chosen.forEach((id, k) => {
      const sourceRows = [...docs[k]!.querySelectorAll('.rtl-compare tr')];
      sourceRows.forEach((row, i) => {
        const cell = row.querySelector(`[data-m="${CSS.escape(id)}"]`);
        if (!cell || !rows[i]) return;
        const copy = document.importNode(cell, true);
        from.set(copy, docs[k]!);
        rows[i]!.append(copy);
      });
    });
    target.replaceChildren(section, ...sourceList(section, from));
  };

  /**
   * The copied cells' numbered references point into their region pages' source lists: number them
   * again for this table, in reading order, and list their sources below it (the same source once).
   */
  const sourceList = (section: HTMLElement, from: WeakMap<Element, Document>): HTMLElement[] => {
    const numbers = new Map<string, number>();
    const ol = document.createElement('ol');
    let heading = '';
    for (const a of section.querySelectorAll<HTMLAnchorElement>('a.rtl-cite__ref')) {
      const doc = from.get(a.closest('[data-m]')!);
      const item = doc?.getElementById(a.hash.slice(1));
      if (!doc || !item) continue;
      heading ||= doc.getElementById('rtl-sources')?.textContent ?? '';
      const copy = document.importNode(item, true);
      copy.querySelector('.rtl-sources__back')?.remove();
      const text = copy.textContent!.trim();
      let n = numbers.get(text);
      if (!n) {
        n = numbers.size + 1;
        numbers.set(text, n);
        copy.id = `rtl-src-${n}`;
        ol.append(copy);
      }
      a.removeAttribute('id');
      a.href = `#rtl-src-${n}`;
      a.textContent = String(n);
      a.setAttribute('aria-label', (a.getAttribute('aria-label') ?? '').replace(/\d+/, String(n)));
    }
    if (!numbers.size) return [];
    const list = document.createElement('section');
    list.className = 'rtl-sources';
    const h = document.createElement('h2');
    h.textContent = heading;
    list.append(h, ol);
    return [list];
  };
  const initial = (new URL(location.href).searchParams.get('m') ?? '').split(',').filter(Boolean).slice(0, 4);
  initial.forEach((id, i) => {
    if ([...selects[i]!.options].some((o) => o.value === id)) selects[i]!.value = id;
  });
  for (const s of selects) s.addEventListener('change', () => void show());
  void show();
}
