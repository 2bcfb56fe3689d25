/**
 * Starts the web editor: registers the <Cite> editor component, the comment-keeping YAML format and
 * the "no empty languages" rule, then starts Decap CMS (which manual-init.js told to wait), so all
 * three exist before it reads config.yml.
 */
import sources, { oneOrMany } from './sources.js';
import { registerCite } from './cite-component.js';
import { skipEmptyLanguages } from './empty-languages.js';
import { mdxFormat } from './mdx-format.js';
import { yamlFormat } from './yaml-format.js';
import * as YAML from './yaml/index.js';

const CMS = window.CMS;
registerCite(CMS, sources);
// Programmes and municipalities: YAML that keeps its # comments (where the facts come from).
CMS.registerCustomFormat('yaml-comments', 'yaml', yamlFormat(YAML, { oneOrMany }));
// Stories, FAQ answers, guides: frontmatter through the same YAML format, so a save changes only what changed.
CMS.registerCustomFormat('mdx-frontmatter', 'mdx', mdxFormat(YAML, { oneOrMany }));
// "proxy" is the local backend (decap-server, `npm run cms`); "github" the deployed editor.
skipEmptyLanguages(CMS, ['proxy', 'github']);
CMS.init();
