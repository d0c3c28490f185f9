// Prints one closing line for the whole test run ("N passed, N failed") from the unit and e2e reports.
import { readFileSync } from 'node:fs';

function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
if (e2e && e2e.stats.flaky) {
  // Tests that failed once and passed on CI's one retry: listed, so they are fixed rather than forgotten.
  const flaky = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) if (t.status === 'flaky') flaky.push(`${spec.file}: ${spec.title}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of e2e.suites ?? []) walk(suite);
  console.log(`${e2e.stats.flaky} flaky (passed on retry):`);
  for (const line of flaky) console.log(`  ${line}`);
}
console.log(`unit ${unit ? 'ran' : 'missing'}, e2e ${e2e ? 'ran' : 'missing'}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (!unit || !e2e || failed > 0 || passed === 0) process.exit(1);
