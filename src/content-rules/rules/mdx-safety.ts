/** Rule "mdx-safety": content may not run code, embed other sites or import modules. */
import type { ContentRule } from '../types.ts';

const patterns: [RegExp, string][] = [
  [/^\s*(import|export)\s/m, 'MDX "import"/"export" lines are not allowed; the components Cite and Term are available without import.'],
  [/<\s*script\b/i, '<script> is not allowed in content; ask a developer to add a component instead.'],
  [/<\s*iframe\b/i, '<iframe> is not allowed in content: embedding other sites would break the privacy promise (no third-party requests).'],
  [/\son[a-z]+\s*=/i, 'Event-handler attributes (onclick=…) are not allowed in content.'],
  [/javascript:/i, '"javascript:" links are not allowed in content.'],
];

export const mdxSafetyRule: ContentRule = {
  id: 'mdx-safety',
  description: 'no <script>, <iframe>, on* attributes, javascript: URLs or imports in MDX',
  run({ entries }, report) {
    for (const e of entries.filter((x) => x.body)) for (const [re, message] of patterns) if (re.test(e.body)) report(e.file, 'mdx-safety', message);
  },
};
