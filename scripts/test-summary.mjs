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
console.log(`unit ${unit ? 'ran' : 'missing'}, e2e ${e2e ? 'ran' : 'missing'}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (!unit || !e2e || failed > 0 || passed === 0) process.exit(1);
