/**
 * Finding what a browser script needs in its page. A missing element or attribute is a bug in the
 * markup or the script (a renamed data attribute, a moved component), so fail at once with an error
 * that names the script and what it looked for, instead of a bare "Cannot read properties of null"
 * somewhere later.
 */

/** The first element under `root` that matches `selector`; throws "<script>: missing <selector>" if none. */
export function required<K extends keyof HTMLElementTagNameMap>(root: ParentNode, selector: K, script: string): HTMLElementTagNameMap[K];
export function required<E extends Element = HTMLElement>(root: ParentNode, selector: string, script: string): E;
export function required(root: ParentNode, selector: string, script: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`${script}: missing ${selector}`);
  return found;
}

/** The nearest ancestor of `element` (or itself) that matches `selector`; throws naming both if none. */
export function requiredAncestor<E extends Element = HTMLElement>(element: Element, selector: string, script: string): E {
  const found = element.closest<E>(selector);
  if (!found) throw new Error(`${script}: missing ${selector} around ${describe(element)}`);
  return found;
}

/** The value of `data-<name>` on `element` (name in camelCase, as in `dataset`); throws naming the attribute if absent. */
export function requiredData(element: HTMLElement, name: string, script: string): string {
  const value = element.dataset[name];
  if (value === undefined)
    throw new Error(`${script}: ${describe(element)} has no data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  return value;
}

/** A short CSS-like name for an element in an error message: tag, id and data attributes. */
function describe(element: Element): string {
  const data = [...element.attributes].filter((a) => a.name.startsWith('data-')).map((a) => `[${a.name}]`);
  return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${data.join('')}>`;
}
