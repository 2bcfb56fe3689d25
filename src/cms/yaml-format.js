/**
 * How the web editor reads and writes the YAML data files (programmes, municipalities). Their `#`
 * comments say where facts come from, so a save must keep them. The file's text travels with the
 * entry (in a key the editor never shows). On save:
 * - values changed in place are written into the original text, so the diff shows only those values
 *   (comments, quoting, folding and order untouched);
 * - if fields or list items were added or removed, the file is rewritten from its parsed document,
 *   which keeps every comment but may re-wrap long lines.
 * New files are written plainly.
 */
export const SOURCE_TEXT = '__rtlSourceText';

/**
 * `oneOrMany`: field names the schema takes as one value or a list (e.g. phone). The editor shows them
 * as a list; a single value in the file is read as a one-item list and written back as it was.
 * @param {typeof import('yaml')} YAML
 * @param {{ oneOrMany?: string[] }} [options]
 */
export function yamlFormat(YAML, { oneOrMany = [] } = {}) {
  const many = new Set(oneOrMany);
  /** Single values of one-or-many fields as lists, everywhere in the data. */
  const asLists = (v, key) => {
    if (Array.isArray(v)) return v.map((x) => asLists(x));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asLists(x, k)]));
    return many.has(key) && v !== null && v !== undefined ? [v] : v;
  };
  const keyOf = (key) => (YAML.isScalar(key) ? key.value : key);
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const isScalarValue = (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

  /** The scalar edits that turn `node` into `value`, or null when the shape changed. */
  function edits(node, value, out, key) {
    if (YAML.isMap(node) && isObject(value)) {
      const keys = node.items.map((p) => keyOf(p.key));
      const wanted = Object.keys(value).filter((k) => value[k] !== undefined);
      if (keys.length !== wanted.length || wanted.some((k) => !keys.includes(k))) return null;
      return node.items.every((p) => edits(p.value, value[keyOf(p.key)], out, keyOf(p.key))) ? out : null;
    }
    if (YAML.isSeq(node) && Array.isArray(value)) {
      if (node.items.length !== value.length) return null;
      return node.items.every((n, i) => edits(n, value[i], out)) ? out : null;
    }
    if (YAML.isScalar(node) && Array.isArray(value) && value.length === 1 && many.has(key)) return edits(node, value[0], out, key);
    if (YAML.isScalar(node) && isScalarValue(value) && node.srcToken) {
      if (node.value !== value) {
        if (typeof node.value !== typeof value && !(typeof node.value === 'number' && typeof value === 'string')) return null;
        out.push([node.srcToken, String(value)]);
      }
      return out;
    }
    return null;
  }

  /** The node for `value`, reusing `node` (and its comments) where the shape is the same. */
  function update(doc, node, value, key) {
    if (YAML.isMap(node) && isObject(value)) {
      for (const pair of [...node.items]) {
        const key = keyOf(pair.key);
        if (!(key in value) || value[key] === undefined) node.delete(key);
      }
      for (const [key, v] of Object.entries(value)) {
        if (v === undefined) continue;
        const pair = node.items.find((p) => keyOf(p.key) === key);
        if (pair) pair.value = update(doc, pair.value, v, key);
        else node.set(key, doc.createNode(v));
      }
      return node;
    }
    if (YAML.isSeq(node) && Array.isArray(value)) {
      value.forEach((v, i) => {
        node.items[i] = i < node.items.length ? update(doc, node.items[i], v) : doc.createNode(v);
      });
      node.items.length = value.length;
      return node;
    }
    if (YAML.isScalar(node) && Array.isArray(value) && value.length === 1 && many.has(key)) return update(doc, node, value[0], key);
    if (YAML.isScalar(node) && isScalarValue(value)) {
      if (node.value !== value) node.value = value;
      return node;
    }
    return doc.createNode(value);
  }

  return {
    fromFile(text) {
      return { ...asLists(YAML.parse(text) ?? {}), [SOURCE_TEXT]: text };
    },
    toFile(data) {
      const { [SOURCE_TEXT]: original, ...values } = data ?? {};
      if (typeof original !== 'string') return YAML.stringify(values, { lineWidth: 0 });
      const tokens = Array.from(new YAML.Parser().parse(original));
      const [doc] = Array.from(new YAML.Composer({ keepSourceTokens: true }).compose(tokens, true, original.length));
      const changes = doc && edits(doc.contents, values, []);
      if (changes) {
        for (const [token, value] of changes) YAML.CST.setScalarValue(token, value);
        return tokens.map((t) => YAML.CST.stringify(t)).join('');
      }
      const full = YAML.parseDocument(original);
      full.contents = update(full, full.contents, values);
      return full.toString({ lineWidth: 0 });
    },
  };
}
