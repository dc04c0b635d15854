// screenshot.js - remakes tests/formats/report-screenshot.png: the HTML report of a
// corpus document in Debian's Chromium, with one highlight hovered so its card shows.
// Not part of the test suite (a picture is reviewed, not asserted). From the top of
// the source tree, after a build:
//
//   npm install --prefix /tmp/pw playwright-core      # no browser download
//   build/claimcheck -f html corpus/docs/overhyped_clinic.txt > /tmp/report.html
//   NODE_PATH=/tmp/pw/node_modules node tests/formats/screenshot.js \
//       /tmp/report.html tests/formats/report-screenshot.png '#d1-m2'
'use strict';
const path = require('path');
const { chromium } = require('playwright-core');

(async () => {
  const [page_path, out, hover] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const problems = [];
  page.on('console', (m) => problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto('file://' + path.resolve(page_path));
  if (hover) {
    await page.hover(hover);
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: out });
  await browser.close();
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
})();
