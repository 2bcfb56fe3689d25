/**
 * npm run cms: the web editor on your own machine. Starts Decap CMS's local backend (decap-server, on
 * port 8081, reading and writing the files of this checkout) and the live preview (`astro dev`), then
 * open http://localhost:4321/admin/ — no GitHub account needed; what you save is written to content/
 * as ordinary files, ready for `npm run check:content` and a pull request. Ctrl+C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const children: ChildProcess[] = [];
const run = (name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    console.log(`${name} stopped${code ? ` (exit code ${code})` : ''}; stopping the other one.`);
    for (const c of children) if (c !== child) c.kill();
    process.exitCode = code ?? 0;
  });
  children.push(child);
};

run('decap-server', process.execPath, [require.resolve('decap-server/dist/index.js')], {
  PORT: '8081',
  MODE: 'fs',
  GIT_REPO_DIRECTORY: process.cwd(),
});
run('astro dev', 'astro', ['dev', '--host', 'localhost', '--port', '4321']); // npm run puts node_modules/.bin on PATH
console.log(
  '\nWeb editor: /admin/ on the address astro dev prints below (http://localhost:4321/admin/ unless that port is taken); local backend: decap-server on http://localhost:8081\n',
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => children.forEach((c) => c.kill(signal)));
