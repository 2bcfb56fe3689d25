/** The grant self-check: evaluates the answers locally and explains each "no" with the rule's own source. */
import { evaluateGrant, type GrantAnswers } from '../lib/grant-rules.ts';
import { required } from './dom.ts';

const SCRIPT = 'grant-check.ts';
const form = document.querySelector<HTMLFormElement>('[data-grant-check]');
if (form) {
  const m = JSON.parse(form.dataset.messages ?? '{}') as Record<string, string>;
  const locale = form.dataset.locale ?? 'lv';
  const result = required(document, '[data-gc-result]', SCRIPT);
  const output = required(result, '[data-gc-output]', SCRIPT);
  const heading = required(result, 'h2', SCRIPT);
  const fill = (s: string, v: Record<string, string | number>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(v[k] ?? ''));
  const num = (name: string) => {
    const v = (form.elements.namedItem(name) as HTMLInputElement).value;
    return v === '' ? undefined : Number(v);
  };
  const choice = (name: string) =>
    (form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value as GrantAnswers['address']) ?? undefined;
  /** A rule's text with its numbered references (they lead to the same source list); ids stay with the original. */
  const ruleSource = (rule: string) => {
    const copy = required(form, `[data-rule="${rule}"] [data-rule-text]`, SCRIPT).cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[id]').forEach((e) => e.removeAttribute('id'));
    return copy;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const answers: GrantAnswers = {
      years: num('years'),
      address: choice('address'),
      amount: num('amount'),
      own: num('own'),
      residence: choice('residence') as GrantAnswers['residence'],
    };
    const verdict = evaluateGrant(answers);
    output.replaceChildren();
    const p = (text: string) => {
      const el = document.createElement('p');
      el.textContent = text;
      return el;
    };
    if (verdict.kind === 'incomplete') output.append(p(m.incomplete!));
    else {
      output.append(p(verdict.kind === 'eligible' ? m.eligible! : m.notEligible!));
      const fmt = new Intl.NumberFormat(locale);
      const list = (items: typeof verdict.reasons) => {
        const ul = document.createElement('ul');
        for (const r of items) {
          const li = document.createElement('li');
          li.dataset.reason = r.rule;
          const key = {
            years: 'reasonYears',
            address: r.unsure ? 'reasonAddressUnsure' : 'reasonAddress',
            max: 'reasonMax',
            share: 'reasonShare',
            residence: 'cautionResidence',
          }[r.rule];
          const why = ruleSource(r.rule);
          why.className = 'rtl-muted';
          li.append(
            p(
              fill(m[key]!, {
                years: fmt.format(answers.years ?? 0),
                amount: fmt.format(answers.amount ?? 0),
                share: fmt.format(r.share ?? 0),
              }),
            ),
            why,
          );
          ul.append(li);
        }
        return ul;
      };
      if (verdict.reasons.length) output.append(list(verdict.reasons));
      if (verdict.cautions.length) {
        const h = document.createElement('h3');
        h.textContent = m.caution!;
        output.append(h, list(verdict.cautions));
      }
    }
    result.hidden = false;
    heading.focus();
  });
}
