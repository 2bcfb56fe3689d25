/** /admin/index.html: the Decap CMS app page. Its own CSP (src/security/policy.ts), never indexed. */
import { adminCsp } from '../security/policy.ts';

/**
 * Scripts the page loads, in order: manual-init.js (tells the CMS to wait), the CMS itself, then the
 * module that registers our MDX format and <Cite> component and starts the CMS.
 */
const adminScripts = ['manual-init.js', 'decap-cms.js'] as const;
const adminModule = 'admin-setup.js';

export function adminPage(): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<meta http-equiv="Content-Security-Policy" content="${adminCsp({ meta: true })}">`,
    '<title>Content editor · Return to Latvia</title>',
    '<link rel="cms-config-url" type="text/yaml" href="config.yml">',
    '</head>',
    '<body>',
    ...adminScripts.map((s) => `<script src="${s}"></script>`),
    `<script type="module" src="${adminModule}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
