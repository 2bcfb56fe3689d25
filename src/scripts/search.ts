/**
 * Search UI over Pagefind's JS API. Pagefind loads the index of the page's language
 * (from <html lang>), so results are only in that language. The query is kept in ?q=.
 */
interface PagefindResult { url: string; excerpt: string; meta: Record<string, string> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: Record<string, unknown>, ms?: number): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-search]');
if (form) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const locale = form.dataset.locale ?? 'lv';
  const strings = JSON.parse(form.dataset.strings ?? '{}') as { results: Record<string, string>; none: string; loading: string; error: string };
  const rules = new Intl.PluralRules(locale);
  document.querySelector<HTMLElement>('[data-search-nojs]')?.remove();

  let pagefind: Pagefind | undefined;
  const load = async () => {
    if (!pagefind) {
      const path = '/pagefind/pagefind.js';
      pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
      await pagefind.options({ excerptLength: 24 });
    }
    return pagefind;
  };

  const render = (items: PagefindResult[]) => {
    list.replaceChildren(
      ...items.map((r) => {
        const li = document.createElement('li');
        const type = document.createElement('span');
        type.className = 'rtl-muted';
        type.textContent = [r.meta.type, r.meta.municipality].filter(Boolean).join(' · ');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        p.innerHTML = r.excerpt; // Pagefind escapes page text and adds only <mark>.
        const head = document.createElement('div');
        head.append(a);
        li.append(head, type, p);
        return li;
      }),
    );
  };

  const run = async (q: string) => {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) { list.replaceChildren(); status.textContent = ''; return; }
    status.textContent = strings.loading;
    try {
      const pf = await load();
      const search = await pf.debouncedSearch(q, {}, 150);
      if (!search) return; // superseded by a newer query
      const items = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      render(items);
      const n = search.results.length;
      status.textContent = n === 0 ? strings.none : (strings.results[rules.select(n)] ?? strings.results.other ?? '').replace('{{count}}', new Intl.NumberFormat(locale).format(n));
    } catch {
      status.textContent = strings.error;
    }
  };

  form.addEventListener('submit', (e) => { e.preventDefault(); void run(input.value.trim()); });
  input.addEventListener('input', () => void run(input.value.trim()));
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) { input.value = initial; void run(initial); }
}

export {};
