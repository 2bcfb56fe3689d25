/**
 * npm run security:policy [-- --check]
 * Writes public/_headers and the README's nginx example from src/security/policy.ts (the single
 * source). With --check, changes nothing and exits 1 when either file disagrees with the policy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { headersFile, readmeWithNginx } from '../src/security/policy.ts';

const check = process.argv.includes('--check');
const targets: [string, (old: string) => string][] = [
  ['public/_headers', () => headersFile()],
  ['README.md', (old) => readmeWithNginx(old)],
];
let stale = 0;
for (const [file, make] of targets) {
  const old = readFileSync(file, 'utf8');
  const next = make(old);
  if (old === next) continue;
  if (check) {
    stale++;
    console.log(`✗ ${file} disagrees with src/security/policy.ts; run npm run security:policy to regenerate it.`);
  } else {
    writeFileSync(file, next);
    console.log(`${file} updated`);
  }
}
if (!stale) console.log(check ? 'security policy: headers and README agree with src/security/policy.ts' : 'done');
process.exit(stale ? 1 : 0);
