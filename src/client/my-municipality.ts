/** Remembers the reader's municipality in localStorage (never sent anywhere) and shows it on national pages. */
import { required, requiredData } from './dom.ts';

const SCRIPT = 'my-municipality.ts';
const KEY = 'rtl-my-municipality';
const read = () => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};
const write = (v: string | null) => {
  try {
    if (v) localStorage.setItem(KEY, v);
    else localStorage.removeItem(KEY);
  } catch {
    /* storage blocked */
  }
};

interface Home {
  name: string;
  facts: { label: string; value: string; cite: string; citeHref: string }[];
  topics: { label: string; href: string }[];
  programmes: { label: string; href: string }[];
  coordinator: { label: string; href: string };
  website: string;
}

/**
 * On a municipality's overview: "Make this my municipality", or, once chosen (also after a reload),
 * "This is your municipality" with a button that undoes the choice. The row is shown from the first
 * paint when JavaScript runs (rtl-js-only), and both states have the same height: no layout shift.
 */
const setter = document.querySelector<HTMLElement>('[data-mine-set]');
if (setter) {
  const slug = requiredData(setter, 'mineSet', SCRIPT);
  const status = required(setter, '[role="status"]', SCRIPT);
  const set = required<HTMLButtonElement>(setter, '[data-mine-add]', SCRIPT);
  const undo = required<HTMLButtonElement>(setter, '[data-mine-undo]', SCRIPT);
  const is = required(setter, '[data-mine-is]', SCRIPT);
  const show = (mine: boolean) => {
    set.hidden = mine;
    is.hidden = !mine;
    undo.hidden = !mine;
  };
  show(read() === slug);
  set.addEventListener('click', () => {
    write(slug);
    show(true);
    status.textContent = setter.dataset.saved ?? '';
    undo.focus(); // the pressed button is gone: keep the keyboard where the choice can be undone
  });
  undo.addEventListener('click', () => {
    write(null);
    show(false);
    status.textContent = setter.dataset.cleared ?? '';
    set.focus();
  });
}

/** On the home page: greet a reader who chose a municipality, with links to its overview and topics. */
const greet = document.querySelector<HTMLElement>('[data-mine-greet]');
const mine = read();
if (greet && mine && /^[a-z0-9-]+$/.test(mine)) {
  // The name comes from the page's own list of municipalities; an unknown choice greets nobody.
  const listed = document.querySelector<HTMLAnchorElement>(`[data-filter-item] a[href$="/${mine}/"]`);
  if (listed) {
    const name = required<HTMLAnchorElement>(greet, '[data-greet-name]', SCRIPT);
    name.textContent = listed.textContent;
    name.href = listed.href;
    for (const a of greet.querySelectorAll<HTMLAnchorElement>('[data-pattern]'))
      a.href = requiredData(a, 'pattern', SCRIPT).replace('{m}', mine);
    greet.hidden = false;
  }
}

const box = document.querySelector<HTMLElement>('[data-mine]');
const chosen = read();
if (box && chosen) {
  const el = (tag: string, text?: string, href?: string) => {
    const e = document.createElement(href ? 'a' : tag);
    if (text) e.textContent = text;
    if (href) (e as HTMLAnchorElement).href = href;
    return e;
  };
  void fetch(requiredData(box, 'src', SCRIPT))
    .then((r) => r.json())
    .then((all: Record<string, Home>) => {
      const home = all[chosen];
      if (!home) return;
      required(box, '[data-mine-name]', SCRIPT).textContent = home.name;
      const body = required(box, '[data-mine-body]', SCRIPT);
      const facts = el('dl');
      facts.className = 'rtl-facts';
      for (const f of home.facts) {
        const dd = el('dd', `${f.value} `);
        const cite = el('span');
        cite.className = 'rtl-cite';
        cite.append('[', el('a', f.cite, f.citeHref), ']');
        dd.append(cite);
        facts.append(el('dt', f.label), dd);
      }
      const topics = el('ul');
      topics.className = 'rtl-topicnav';
      for (const t of home.topics) {
        const li = el('li');
        li.append(el('a', t.label, t.href));
        topics.append(li);
      }
      const links = el('ul');
      const li = el('li');
      li.append(el('a', home.coordinator.label, home.coordinator.href));
      links.append(li);
      const web = el('li');
      web.append(el('a', home.website.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, ''), home.website));
      links.append(web);
      body.replaceChildren(topics, facts, links);
      if (home.programmes.length) {
        const h = el('h3', box.dataset.programmes);
        const ul = el('ul');
        for (const p of home.programmes) {
          const item = el('li');
          item.append(el('a', p.label, p.href));
          ul.append(item);
        }
        body.append(h, ul);
      }
      box.hidden = false;
    })
    .catch(() => {
      /* the block is optional */
    });
  required(box, '[data-mine-clear]', SCRIPT).addEventListener('click', () => {
    write(null);
    const status = document.querySelector<HTMLElement>('[data-mine-status]');
    if (status) {
      status.textContent = box.dataset.cleared ?? '';
      // The button is about to disappear: show the message where the block was and keep keyboard focus there,
      // instead of dropping it back to the top of the page.
      status.classList.remove('rtl-visually-hidden');
      status.focus();
    }
    box.hidden = true;
  });
}
