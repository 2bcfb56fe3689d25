/**
 * The web editor at /admin/: Decap CMS copied from its npm package (never a CDN), its config generated
 * from the schemas and the content (src/cms/config.ts), the <Cite> editor component, and a page with
 * its own CSP. Written after the site's pages, search indexes and sitemap exist, so /admin/ is in none
 * of them; `npm run dev` (and `npm run cms`) serve the same files.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { adminPage } from '../cms/admin-page.ts';
import { cmsConfig, type CmsOptions } from '../cms/config.ts';
import { readCmsContent } from '../cms/content.ts';
import { oneOrMany } from '../cms/fields.ts';
import { sourceRefPattern } from '../lib/source-ref.ts';
import { adminPath } from '../security/policy.ts';

/**
 * The repository the web editor opens pull requests against ("owner/name"): RTL_REPOSITORY, else the
 * one GitHub Actions builds (GITHUB_REPOSITORY, set by the deploy workflow). A local build gets a
 * placeholder; the local backend (`npm run cms`) does not use it.
 */
const cmsRepository = () => process.env.RTL_REPOSITORY || process.env.GITHUB_REPOSITORY || 'owner/return-to-latvia';

/** Files copied as they are: Decap CMS (app, lazily loaded chunks, WebAssembly, licence), the yaml parser, our scripts in src/cms/. */
function copiedFiles(root: string): Map<string, string> {
  const require = createRequire(join(root, 'package.json'));
  const resolveIn = (file: string) => {
    try {
      return require.resolve(file);
    } catch {
      throw new Error(
        `The web editor needs ${file.split('/')[0]} from npm, which is not installed here: run \`npm install\` (or \`npm ci\`) and build again.`,
      );
    }
  };
  const decap = dirname(resolveIn('decap-cms/dist/decap-cms.js'));
  const files = new Map<string, string>();
  for (const name of readdirSync(decap)) {
    if (/^(?:\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name)) files.set(name, join(decap, name));
  }
  // The browser build of `yaml` (ES modules, for yaml-format.js): yaml/index.js and yaml/dist/**.
  const yamlDir = join(dirname(resolveIn('yaml/package.json')), 'browser');
  for (const file of walk(yamlDir)) files.set(`yaml/${relative(yamlDir, file).split(sep).join('/')}`, file);
  files.set('yaml/LICENSE', join(yamlDir, '..', 'LICENSE'));
  for (const name of ['admin-setup.js', 'cite-component.js', 'empty-languages.js', 'manual-init.js', 'mdx-format.js', 'yaml-format.js']) {
    files.set(name, fileURLToPath(new URL(`../cms/${name}`, import.meta.url)));
  }
  return files;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.js') ? [join(dir, d.name)] : [],
  );

/** The generated files of /admin/: name → text. */
function generatedAdminFiles(contentDir: string, options: CmsOptions): Map<string, string> {
  const content = readCmsContent(contentDir);
  const sources = {
    documents: content.documents,
    pages: [...content.webSources, ...content.institutions],
    refPattern: sourceRefPattern.source,
  };
  return new Map([
    ['index.html', adminPage()],
    [
      'config.yml',
      `# Generated at build time from src/schemas/ by src/cms/config.ts; do not edit.\n${stringify(cmsConfig(content, options), { lineWidth: 0, aliasDuplicateObjects: false })}`,
    ],
    [
      'sources.js',
      [
        '// Generated at build time by src/integrations/cms.ts: what the <Cite> picker offers (from content/)',
        '// and how a source reference is written (src/lib/source-ref.ts),',
        '// and the fields the schemas take as one value or a list (from src/schemas/).',
        `export default ${JSON.stringify(sources)};`,
        `export const oneOrMany = ${JSON.stringify([...oneOrMany].sort())};`,
        '',
      ].join('\n'),
    ],
  ]);
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export default function cms(contentDir: string): AstroIntegration {
  let root = process.cwd();
  let options: CmsOptions = { repository: cmsRepository() };
  return {
    name: 'rtl:cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        options = { repository: cmsRepository(), siteUrl: config.site };
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(adminPath)) return next();
          const name = path.slice(adminPath.length) || 'index.html';
          const generated = generatedAdminFiles(resolve(root, contentDir), options).get(name);
          const file = generated === undefined ? copiedFiles(root).get(name) : undefined;
          if (generated === undefined && !file) return next();
          res.setHeader('Content-Type', types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
          res.end(generated ?? readFileSync(file!));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), adminPath);
        mkdirSync(out, { recursive: true });
        const copied = copiedFiles(root);
        for (const [name, from] of copied) {
          mkdirSync(dirname(join(out, name)), { recursive: true });
          copyFileSync(from, join(out, name));
        }
        const generated = generatedAdminFiles(resolve(root, contentDir), options);
        for (const [name, text] of generated) writeFileSync(join(out, name), text);
        logger.info(`web editor: ${adminPath} (${copied.size} files copied from npm packages and src/cms/, ${generated.size} generated)`);
      },
    },
  };
}
