/**
 * Rule "mdx-allowlist": content is data, never code. Each MDX body is parsed (remark-mdx, the MDX
 * grammar) and every node must be on an allowlist: Markdown text structure, and the site's own
 * components Cite and Term with string-literal props. Anything else — expressions `{…}`,
 * import/export, spread or computed attributes, HTML elements, other components — is refused, so
 * nothing in content can run at build time or in the browser, load another origin or restyle the page.
 * Links and images are checked after normalisation (the parser has already decoded entities).
 * The build runs this same rule (src/integrations/content-gate.ts), so it refuses exactly this.
 */
import type { Node } from 'unist';
import { parseMdx } from '../mdx-parse.ts';
import type { ContentRule } from '../types.ts';

const RULE = 'mdx-allowlist';

/** Markdown (and GFM) node types that only carry text and structure. */
const markdownNodes = new Set([
  'root',
  'paragraph',
  'text',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'break',
  'link',
  'linkReference',
  'definition',
  'table',
  'tableRow',
  'tableCell',
  'footnoteReference',
  'footnoteDefinition',
]);

/** The site's components usable in content, each with the props it accepts (string literals only). */
export const contentComponents: Record<string, { props: string[]; required: string[]; example: string }> = {
  Cite: { props: ['src'], required: ['src'], example: '<Cite src="001:5658" />' },
  Term: { props: ['lv', 'abbr'], required: ['lv'], example: '<Term lv="dzīvesvietas deklarēšana">declaration of residence</Term>' },
};

/**
 * A URL as a browser would read it: control characters and whitespace removed (browsers ignore them
 * inside a scheme, so "java\tscript:" is "javascript:"), lower-cased.
 */
function normaliseUrl(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what browsers drop from a URL, so they are removed before the scheme is compared
  return url.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();
}

/** Why a link target is refused, or null when it is allowed. */
function linkProblem(url: string): string | null {
  const u = normaliseUrl(url);
  if (u.startsWith('//')) return `The link "${url}" leaves out the scheme; write it in full with https://.`;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(u)?.[1];
  if (scheme === undefined) {
    if (u.startsWith('/') || u.startsWith('#')) return null;
    return `The link "${url}" is neither a site path (starting with "/") nor a web address; write "/en/faq/…" or "https://…".`;
  }
  if (scheme === 'https' || scheme === 'mailto' || scheme === 'tel') return null;
  if (scheme === 'http') return `The link "${url}" uses http://; use the https:// address of the page.`;
  return `Links with "${scheme}:" are not allowed in content; only https:, mailto:, tel: and site paths ("/…").`;
}

interface MdxNode extends Node {
  name?: string | null;
  url?: string;
  start?: number | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
}

const nodeMessages: Record<string, string> = {
  mdxFlowExpression:
    'Curly-brace expressions {…} are code and are not allowed in content. Write the text itself; to show a brace, write \\{.',
  mdxTextExpression:
    'Curly-brace expressions {…} are code and are not allowed in content. Write the text itself; to show a brace, write \\{.',
  mdxjsEsm: '"import"/"export" lines are code and are not allowed in content; Cite and Term are available without import.',
  image: "Images are not allowed in page bodies yet; ask a developer to add the picture through the site's image pipeline.",
  imageReference: "Images are not allowed in page bodies yet; ask a developer to add the picture through the site's image pipeline.",
  html: 'Raw HTML is not allowed in content; use Markdown.',
};

export type LineReport = (message: string, line?: number) => void;

export function checkMdxBody(body: string, report: LineReport): void {
  const parsed = parseMdx(body);
  if ('error' in parsed) {
    if (/<!--/.test(body)) {
      report(
        'HTML comments <!-- … --> are not allowed in content; delete the comment (notes for editors belong in the pull request).',
        parsed.error.line,
      );
      return;
    }
    report(
      `The page cannot be read as MDX (${parsed.error.message.replace(/\s*\(note:.*\)$/, '')}). Check for an unclosed <Cite …/> or a stray "<" or "{"; write "\\<" or "\\{" to show the character itself.`,
      parsed.error.line,
    );
    return;
  }
  checkMdxTree(parsed.tree, report);
}

/**
 * Judges a parsed MDX tree against the allowlist. Shared by the checker and the build's own MDX
 * compile (src/integrations/mdx-lockdown.ts), so both refuse exactly the same nodes.
 */
function checkMdxTree(tree: Node, report: LineReport): void {
  const visit = (node: MdxNode) => {
    const line = node.position?.start.line;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      const spec = contentComponents[name];
      if (!spec) {
        report(
          name === ''
            ? 'Fragments <>…</> are not allowed in content; remove them.'
            : `<${name}> is not allowed in content. Only <Cite src="…" /> and <Term lv="…">…</Term> may be used; write everything else in Markdown.`,
          line,
        );
      } else {
        const seen = new Set<string>();
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute') {
            report(
              `<${name}> may not take spread or computed attributes ({…}); write ${spec.props.map((p) => `${p}="…"`).join(' ')}.`,
              line,
            );
            continue;
          }
          const prop = attr.name ?? '';
          if (!spec.props.includes(prop))
            report(`<${name}> does not accept "${prop}"; it accepts only ${spec.props.map((p) => `"${p}"`).join(', ')}.`, line);
          else if (typeof attr.value !== 'string')
            report(`<${name} ${prop}> must be a plain quoted text value, ${prop}="…", not an expression or a bare attribute.`, line);
          seen.add(prop);
        }
        for (const req of spec.required) if (!seen.has(req)) report(`<${name}> needs ${req}="…", written like ${spec.example}.`, line);
      }
    } else if (nodeMessages[node.type]) {
      report(nodeMessages[node.type]!, line);
    } else if (!markdownNodes.has(node.type)) {
      report(`"${node.type}" is not allowed in content; use plain Markdown.`, line);
    }
    if (node.type === 'list' && typeof node.start === 'number' && node.start >= 1000) {
      const year = node.start;
      report(
        `A paragraph that starts with "${year}." becomes a numbered list starting at ${year}. Write "${year}\\." (a backslash before the full stop) or start the sentence differently.`,
        line,
      );
    }
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') {
      const problem = linkProblem(node.url);
      if (problem) report(problem, line);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as MdxNode);
}

export const mdxAllowlistRule: ContentRule = {
  id: RULE,
  description:
    'MDX bodies parsed and checked against an allowlist: Markdown, <Cite>/<Term> with text props, https:/mailto:/tel:/site links',
  run({ entries }, report) {
    for (const e of entries) {
      if (!e.file.endsWith('.mdx')) continue;
      checkMdxBody(e.body, (message, line) =>
        report(e.file, RULE, message, 'error', line === undefined ? undefined : line + e.bodyLine - 1),
      );
    }
  },
};
