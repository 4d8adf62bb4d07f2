// Adds up the suites' JSON reports; fails when a suite ran no test. Prints "N passed, N failed".
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // Vitest writes numPassedTests; Playwright writes stats.expected / unexpected.
  const p = report.numPassedTests ?? report.stats?.expected ?? 0;
  const f = report.numFailedTests ?? (report.stats ? report.stats.unexpected + report.stats.flaky : 0);
  console.log(`${file.split('/').pop()}: ${p} passed, ${f} failed`);
  if (p + f === 0) {
    console.error(`${file}: the suite ran no test`);
    process.exit(1);
  }
  passed += p;
  failed += f;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
