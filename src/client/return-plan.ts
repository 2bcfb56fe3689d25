/** Builds the dated return plan in the browser; the answers live only in the URL and the page. */
import { phases, schedule, selectItems, toIcs, type Household, type Phase } from '../lib/return-plan.ts';
import { required, requiredData } from './dom.ts';

interface Item {
  id: string;
  phase: Phase;
  order: number;
  audience: string[];
  start?: 'asap';
  title: string;
  text: string;
  links: { label: string; href: string }[];
}
interface Strings {
  phases: Record<string, string>;
  by: string;
  now: string;
  reminder: string;
  missing: string;
  local: string;
  items: Record<string, string>;
  topics: Record<string, string>;
  site: string;
}

const SCRIPT = 'return-plan.ts';
const form = document.querySelector<HTMLFormElement>('[data-plan]');
if (form) {
  const s = JSON.parse(form.dataset.strings ?? '{}') as Strings;
  const locale = form.dataset.locale ?? 'lv';
  let all: Item[] = [];
  /**
   * The task list (36 KB) is fetched when the reader starts on the form or a shared plan is opened,
   * not on every page load: it is not needed to show the page.
   */
  let loading: Promise<void> | undefined;
  const items = () =>
    (loading ??= fetch(requiredData(form, 'src', SCRIPT))
      .then((r) => r.json() as Promise<Item[]>)
      .then((x) => {
        all = x;
      }));
  form.addEventListener('focusin', () => void items().catch(() => undefined), { once: true });
  form.addEventListener('pointerdown', () => void items().catch(() => undefined), { once: true });
  const result = required(document, '[data-plan-result]', SCRIPT);
  const output = required(result, '[data-plan-output]', SCRIPT);
  const summary = required(result, '[data-plan-summary]', SCRIPT);
  const error = required(form, '[data-plan-error]', SCRIPT);
  const dateFmt = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const rules = new Intl.PluralRules(locale);

  let current: { item: Item; date: string }[] = [];
  const read = () => {
    const fd = new FormData(form);
    return {
      from: String(fd.get('from') ?? 'from-eu') as Household['from'],
      needs: fd.getAll('need').map(String),
      target: String(fd.get('target') ?? ''),
      month: String(fd.get('month') ?? ''),
    };
  };
  const el = (tag: string, text?: string) => {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    return e;
  };
  const link = (label: string, href: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    return a;
  };

  const build = (focus: boolean) => {
    const v = read();
    if (!/^\d{4}-\d{2}$/.test(v.month)) {
      error.textContent = s.missing;
      result.hidden = true;
      return;
    }
    error.textContent = '';
    const url = new URL(location.href);
    url.search = '';
    url.searchParams.set('from', v.from);
    if (v.needs.length) url.searchParams.set('needs', v.needs.join(','));
    if (v.target) url.searchParams.set('m', v.target);
    url.searchParams.set('month', v.month);
    history.replaceState(null, '', url);

    const chosen = selectItems(all, { from: v.from, needs: v.needs });
    const today = new Date().toISOString().slice(0, 10);
    current = schedule(chosen, v.month, today);
    output.replaceChildren();
    for (const phase of phases) {
      const inPhase = current.filter((c) => c.item.phase === phase);
      if (!inPhase.length) continue;
      const h = el('h3', s.phases[phase] ?? phase);
      const ol = el('ol');
      ol.className = 'rtl-checklist';
      for (const { item, date } of inPhase) {
        const li = el('li');
        li.dataset.item = item.id;
        const due = el('p');
        due.className = 'rtl-due';
        const time = el(
          'time',
          date === today && item.start === 'asap' ? s.now : s.by.replace('{{date}}', dateFmt.format(new Date(`${date}T00:00:00Z`))),
        );
        time.setAttribute('datetime', date);
        due.append(time);
        li.append(el('h4', item.title), due, el('p', item.text));
        if (item.links.length) {
          const p = el('p');
          item.links.forEach((l, i) => {
            if (i) p.append(' · ');
            p.append(link(l.label, l.href));
          });
          li.append(p);
        }
        ol.append(li);
      }
      output.append(h, ol);
    }
    const target = form.querySelector<HTMLOptionElement>(`#p-target option[value="${v.target}"]`);
    if (v.target && target) {
      const h = el('h3', `${s.local}: ${target.dataset.name}`);
      const ul = el('ul');
      ul.className = 'rtl-topicnav';
      for (const [topic, label] of Object.entries(s.topics)) {
        const li = el('li');
        li.append(link(label, `/${locale}/municipalities/${v.target}/${topic === 'overview' ? '' : `${topic}/`}`));
        ul.append(li);
      }
      output.append(h, ul);
    }
    summary.textContent = (s.items[rules.select(current.length)] ?? s.items.other ?? '').replace('{{count}}', String(current.length));
    result.hidden = false;
    if (focus) required(result, 'h2', SCRIPT).focus();
  };

  // Restore a shared plan from the URL.
  const p = new URL(location.href).searchParams;
  const from = p.get('from');
  if (from) form.querySelector<HTMLInputElement>(`input[name="from"][value="${CSS.escape(from)}"]`)?.click();
  for (const n of (p.get('needs') ?? '').split(',').filter(Boolean)) {
    const box = form.querySelector<HTMLInputElement>(`input[name="need"][value="${CSS.escape(n)}"]`);
    if (box) box.checked = true;
  }
  const m = p.get('m');
  if (m) (form.elements.namedItem('target') as HTMLSelectElement).value = m;
  const month = p.get('month');
  if (month) (form.elements.namedItem('month') as HTMLInputElement).value = month;

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void items().then(() => build(true));
  });
  // Once a valid month is entered, the "month missing" message has done its job.
  required<HTMLInputElement>(form, 'input[name="month"]', SCRIPT).addEventListener('input', (e) => {
    if (/^\d{4}-\d{2}$/.test((e.target as HTMLInputElement).value)) error.textContent = '';
  });
  required(result, '[data-plan-print]', SCRIPT).addEventListener('click', () => window.print());
  required(result, '[data-plan-ics]', SCRIPT).addEventListener('click', () => {
    const ics = toIcs(
      current.map(({ item, date }) => ({
        id: item.id,
        date,
        title: item.title,
        description: item.text,
        url: new URL(item.links[0]?.href ?? `/${locale}/first-steps/`, s.site).href,
      })),
      new Date(),
      s.reminder,
    );
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    a.download = 'return-plan.ics';
    document.body.append(a);
    a.click();
    a.remove();
  });
  if (month) void items().then(() => build(false));
}
