/** Copies an answer's permanent link and announces the result in the page's language. */
for (const box of document.querySelectorAll<HTMLElement>('[data-copy]')) {
  const button = box.querySelector<HTMLButtonElement>('button')!;
  const status = box.querySelector<HTMLElement>('[data-copy-status]')!;
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

export {};
