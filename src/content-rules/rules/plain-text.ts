/**
 * Rule "plain-text": frontmatter and YAML values are plain text. They end up in places the page's
 * own escaping and CSP do not cover (the RSS feed, CSV and JSON files, social cards, <title>), so any
 * markup in them — tags, comments, character references — is refused rather than escaped and hoped for.
 */
import type { ContentRule } from '../types.ts';

const markup: [RegExp, string][] = [
  [/^(?:[=+@\t\r]|-(?![\s\d]))/, 'starts with a character a spreadsheet reads as a formula (=, +, -, @)'],
  [/<\s*[a-zA-Z!/?]/, 'contains an HTML tag or comment ("<…")'],
  [/&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i, 'contains an HTML character reference ("&…;")'],
  // eslint-disable-next-line no-control-regex -- finding control characters in plain text is the point of this pattern
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/, 'contains invisible control or text-direction characters'],
];

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

export const plainTextRule: ContentRule = {
  id: 'plain-text',
  description: 'frontmatter and YAML values are plain text: no HTML tags, character references or control characters',
  run({ entries }, report) {
    for (const e of entries) {
      for (const [path, text] of strings(e.data, '')) {
        // A phone number ("+371 29374285") starts with "+" and is only digits: not a formula.
        const phone = /^\+\d[\d ()-]*$/.test(text);
        const hit = markup.find(([re], i) => !(i === 0 && phone) && re.test(text));
        if (hit)
          report(
            e.file,
            `plain-text:${path}`,
            `"${path}" ${hit[1]}. Field values are shown as plain text; write the words only (Markdown and components belong in the page body).`,
          );
      }
    }
  },
};
