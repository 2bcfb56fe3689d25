import { chromePath, chromiumArgs, serveDist } from '../scripts/lib/browser.ts';
const server = await serveDist('dist', 4761);
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs });
try {
  for (const path of process.argv.slice(2)) {
    const result = await lighthouse(`${server.base}/${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const c = result!.lhr.categories; const a = result!.lhr.audits;
    console.log(path, ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => Math.round((c[k]?.score ?? 0) * 100)).join('/'), 'FCP', a['first-contentful-paint']?.displayValue, 'LCP', a['largest-contentful-paint']?.displayValue);
  }
} finally { await chrome.kill(); server.stop(); }
