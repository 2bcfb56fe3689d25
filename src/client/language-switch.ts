/**
 * The language switcher keeps what the reader has on the page: the query (a comparison's
 * ?m=riga,liepaja, a search, the finder's filters, a built plan) and the #fragment. The tools write
 * their state with history.replaceState, so the links are brought up to date just before they are
 * used (pointer down, focus, click, context menu) as well as on load. Without JavaScript the links
 * are plain paths to the same page. A page whose query values are in its own language (the search
 * filters) names them in data-lang-drop, and they are left behind.
 */
const nav = document.querySelector<HTMLElement>('[data-lang-switch]');
if (nav) {
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[hreflang]')];
  const paths = links.map((a) => a.getAttribute('href')!);
  const drop = (document.querySelector<HTMLElement>('[data-lang-drop]')?.dataset.langDrop ?? '').split(',').filter(Boolean);
  const query = () => {
    if (!drop.some((name) => new URLSearchParams(location.search).has(name))) return location.search;
    const params = new URLSearchParams(location.search);
    for (const name of drop) params.delete(name);
    const rest = params.toString();
    return rest ? `?${rest}` : '';
  };
  const update = () => {
    const tail = `${query()}${location.hash}`;
    links.forEach((a, i) => a.setAttribute('href', `${paths[i]}${tail}`));
  };
  update();
  for (const type of ['pointerdown', 'focusin', 'click', 'contextmenu'] as const) nav.addEventListener(type, update, true);
  addEventListener('hashchange', update);
}
export {};
