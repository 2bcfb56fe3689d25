/**
 * How the web editor reads and writes MDX pages (stories, FAQ answers, guides): frontmatter between
 * "---" lines, then the text. The frontmatter goes through the YAML format (yaml-format.js), so saving a
 * page changes only the values the editor changed; a language nobody wrote gives no file at all.
 */
import { SOURCE_TEXT, yamlFormat } from './yaml-format.js';

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n)?([\s\S]*)$/;

const isEmpty = (v) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isEmpty));

/**
 * @param {typeof import('yaml')} YAML
 * @param {{ oneOrMany?: string[] }} [options]
 */
export function mdxFormat(YAML, options) {
  const yaml = yamlFormat(YAML, options);
  return {
    fromFile(text) {
      const m = FRONTMATTER.exec(text);
      if (!m) return { body: text };
      return { ...yaml.fromFile(m[1] ?? ''), body: m[2] };
    },
    toFile(data) {
      const { body = '', ...front } = data ?? {};
      const { [SOURCE_TEXT]: _source, ...values } = front;
      if (!String(body).trim() && isEmpty(values)) return '';
      return `---\n${yaml.toFile(front)}---\n${body}`;
    },
  };
}
