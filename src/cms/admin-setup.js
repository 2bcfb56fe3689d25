/**
 * Starts the web editor: registers the <Cite> editor component and the "no empty languages" rule,
 * then starts Decap CMS (which manual-init.js told to wait), so both exist before it reads config.yml.
 */
import sources from './sources.js';
import { registerCite } from './cite-component.js';
import { skipEmptyLanguages } from './empty-languages.js';

const CMS = window.CMS;
registerCite(CMS, sources);
// "proxy" is the local backend (decap-server, `npm run cms`); "github" the deployed editor.
skipEmptyLanguages(CMS, ['proxy', 'github']);
CMS.init();
