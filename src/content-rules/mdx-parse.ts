/**
 * Parses an MDX body into an mdast tree with the same grammar as MDX (remark-mdx) plus GFM
 * tables, so the allowlist judges what the compiler would see, not a regex's view of the text.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export interface ParseFailure {
  message: string;
  line?: number;
}

export function parseMdx(body: string): { tree: Root } | { error: ParseFailure } {
  try {
    return { tree: processor.parse(body) as Root };
  } catch (e) {
    const err = e as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const line = err.line ?? err.place?.line ?? err.place?.start?.line;
    return { error: { message: (err.reason ?? err.message ?? 'unreadable MDX').split('\n')[0]!, line } };
  }
}
