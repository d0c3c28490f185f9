// npm run data:add | data:check | data:remove: the CLI is TypeScript (scripts/data-cli.ts) so it can run the
// import view's own modules; jiti loads them in Node without a build step.
import path from 'node:path';
import { createJiti } from 'jiti';

const root = path.resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url);
const { runDataCli } = await jiti.import(path.join(root, 'scripts/data-cli.ts'));
process.exitCode = runDataCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  dataDir: path.join(root, 'public', 'data'),
});
