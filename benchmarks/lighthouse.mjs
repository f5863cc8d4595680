// Run Lighthouse on each URL given, in one Chromium, and print one JSON line per page.
//
//   node benchmarks/lighthouse.mjs URL...
//
// Chromium is the system's (CHROME_PATH), started headless with the flags the
// browser tests use (CHROME_FLAGS, space-separated). Lighthouse's default set-up
// is used: a mobile device with simulated throttling. Each line holds the three
// category scores, the audits that lost points, and every request the page made
// that did not go to the loopback address (there should be none). With
// LH_REPORTS set, each page's full report is written there as JSON
// (the page's path, slashes as dashes), to read the audits in detail.
import {mkdirSync, writeFileSync} from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['accessibility', 'best-practices', 'performance'];
const urls = process.argv.slice(2);
const reports = process.env.LH_REPORTS;
if (reports) mkdirSync(reports, {recursive: true});
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: (process.env.CHROME_FLAGS || '').split(' ').filter(Boolean),
});
try {
  for (const url of urls) {
    const started = Date.now();
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      disableFullPageScreenshot: true,
    });
    const lhr = result.lhr;
    if (reports) {
      const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-') || 'home';
      writeFileSync(`${reports}/${name}.json`, result.report);
    }
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null]));
    const lost = [];
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          lost.push({category: id, id: ref.id, score: audit.score, value: audit.displayValue || ''});
        }
      }
    }
    const requests = lhr.audits['network-requests']?.details?.items ?? [];
    const foreign = requests.map((r) => r.url).filter((u) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u));
    const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map((id) => [id, lhr.audits[id]?.numericValue ?? null]));
    console.log(JSON.stringify({
      url, scores, lost, foreign, metrics, seconds: (Date.now() - started) / 1000,
      runtimeError: lhr.runtimeError?.code ?? null, warnings: lhr.runWarnings,
      bytes: requests.reduce((sum, r) => sum + (r.transferSize || 0), 0),
    }));
  }
} finally {
  await chrome.kill();
}
