/**
 * A plugin inside Astro's own MDX compile (Astro 7 compiles with Sätteri): every MDX file the build
 * compiles is judged by the same allowlist as `npm run check:content`
 * (src/content-rules/rules/mdx-allowlist.ts), and the compile stops before any code from a refused
 * file can run — even if the content gate (content-gate.ts) were skipped or a file slipped past it.
 *
 * Two layers: the checker's own parser judges the source (so the build refuses exactly what the
 * checker refuses), and Sätteri's visitors refuse code nodes in the compiler's own tree (so a
 * difference between the two parsers cannot smuggle an expression through).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { checkMdxBody, contentComponents } from '../content-rules/rules/mdx-allowlist.ts';

class MdxLockdownError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MdxLockdownError';
    // The message says everything an editor needs; a stack trace would only bury it.
    this.stack = message;
  }
}

/** Frontmatter is data (checked by the content rules); only the body is MDX. Lines are kept. */
const bodyOf = (source: string) => source.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (fm) => fm.replace(/[^\n]/g, ''));

/** Problems the allowlist finds in an MDX source, as "line N: message". */
function lockdownProblems(source: string): string[] {
  const found: string[] = [];
  checkMdxBody(bodyOf(source), (message, line) => found.push(`line ${line ?? '?'}: ${message}`));
  return found;
}

const refuse = (name: string, problems: string[]): never => {
  throw new MdxLockdownError(
    `${name}: mdx-allowlist (refused while compiling):\n${problems.map((p) => `  ${p}`).join('\n')}\nFix the file as described; npm run check:content lists every problem.`,
  );
};

const fileName = (url: URL | undefined) => (url ? relative(process.cwd(), fileURLToPath(url)) : 'an MDX file');

/** Sätteri plugin factory: `markdown.processor: satteri({ mdastPlugins: [mdxLockdown] })`. */
export function mdxLockdown(ctx: PluginFactoryContext): MdastPluginDefinition | null {
  if (ctx.sourceFormat !== 'mdx') return null;
  const name = fileName(ctx.fileURL);
  const problems = lockdownProblems(ctx.source);
  if (problems.length) refuse(name, problems);
  const code = (what: string) => (node: { position?: { start: { line: number } } }) =>
    refuse(name, [`line ${node.position?.start.line ?? '?'}: ${what} is code and is not allowed in content.`]);
  const element = (node: { name?: string | null; position?: { start: { line: number } } }) => {
    if (!node.name || !(node.name in contentComponents))
      refuse(name, [`line ${node.position?.start.line ?? '?'}: <${node.name ?? ''}> is not allowed in content.`]);
  };
  return {
    name: 'rtl-mdx-lockdown',
    mdxFlowExpression: code('An expression {…}'),
    mdxTextExpression: code('An expression {…}'),
    mdxjsEsm: code('An import/export line'),
    mdxJsxFlowElement: element,
    mdxJsxTextElement: element,
    html: code('Raw HTML'),
  };
}
