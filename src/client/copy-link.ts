/** Copies an answer's permanent link and announces the result in the page's language. */
import { required } from './dom.ts';

const SCRIPT = 'copy-link.ts';
for (const box of document.querySelectorAll<HTMLElement>('[data-copy]')) {
  const button = required(box, 'button', SCRIPT);
  const status = required(box, '[data-copy-status]', SCRIPT);
  if (!navigator.clipboard) continue;
  box.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(new URL(button.dataset.copyPath ?? location.pathname, location.href).href);
      status.textContent = button.dataset.copied ?? '';
    } catch {
      status.textContent = button.dataset.failed ?? '';
    }
  });
}
