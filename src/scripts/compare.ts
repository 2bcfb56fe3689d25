/** Interactive comparison: up to four municipalities, kept in ?m=a,b,c so the link can be shared. */
const box = document.querySelector<HTMLElement>('[data-compare]');
if (box) {
  const selects = [...box.querySelectorAll<HTMLSelectElement>('[data-compare-select]')];
  const tableBox = document.querySelector<HTMLElement>('[data-compare-table]')!;
  const status = box.querySelector<HTMLElement>('[data-compare-status]')!;
  const choose = document.querySelector<HTMLElement>('[data-compare-strings]')!.dataset.choose ?? '';
  const cells = [...tableBox.querySelectorAll<HTMLElement>('[data-m]')];
  const show = () => {
    const chosen = [...new Set(selects.map((s) => s.value).filter(Boolean))];
    for (const c of cells) c.hidden = !chosen.includes(c.dataset.m!);
    tableBox.hidden = chosen.length < 2;
    status.textContent = chosen.length < 2 ? choose : '';
    // Slugs are plain ascii, so the list stays readable in the address: ?m=riga,liepaja
    history.replaceState(null, '', chosen.length ? `?m=${chosen.join(',')}` : location.pathname);
  };
  const initial = (new URL(location.href).searchParams.get('m') ?? '').split(',').filter(Boolean).slice(0, 4);
  initial.forEach((id, i) => { if ([...selects[i]!.options].some((o) => o.value === id)) selects[i]!.value = id; });
  box.hidden = false;
  for (const s of selects) s.addEventListener('change', show);
  show();
}
export {};
