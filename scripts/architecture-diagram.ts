/**
 * `npm run docs:architecture [-- --check]`
 * Draws the modules of server/modules and which of them each one imports, as a Mermaid graph,
 * into docs/architecture.md between its two marker lines. Read from the import lines of the
 * modules' own code (tests and test helpers left out): a solid arrow is a runtime import, a
 * dotted one imports types only. With --check nothing is written: it fails when the committed
 * drawing is not what the code says (CI runs it).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const modulesDir = path.join(root, 'server/modules');
const docFile = path.join(root, 'docs/architecture.md');
const START = '<!-- architecture-diagram:start (npm run docs:architecture) -->';
const END = '<!-- architecture-diagram:end -->';

const isCode = (file: string) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts') && !/(^|\/)(testing|fixtures)\.ts$/.test(file);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : isCode(full) ? [full] : [];
  });
}

/** `from '…'` of every import and re-export, with whether it brings in types only. */
function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const match of source.matchAll(/^(import|export)\s+(type\s+)?[^;]*?\sfrom\s+'([^']+)';/gms)) {
    found.push({ specifier: match[3]!, typeOnly: Boolean(match[2]) });
  }
  return found;
}

/** module → module it imports → true when some import of it is a runtime one. */
function moduleGraph(): Map<string, Map<string, boolean>> {
  const modules = readdirSync(modulesDir).filter((name) => statSync(path.join(modulesDir, name)).isDirectory()).sort();
  const graph = new Map(modules.map((m) => [m, new Map<string, boolean>()]));
  for (const from of modules) {
    for (const file of filesUnder(path.join(modulesDir, from))) {
      for (const { specifier, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const target = path.relative(modulesDir, path.resolve(path.dirname(file), specifier));
        const to = target.split(path.sep)[0]!;
        if (target.startsWith('..') || to === from || !graph.has(to)) continue;
        const edges = graph.get(from)!;
        edges.set(to, (edges.get(to) ?? false) || !typeOnly);
      }
    }
  }
  return graph;
}

function mermaid(graph: Map<string, Map<string, boolean>>): string {
  const lines = ['```mermaid', 'graph LR'];
  for (const name of graph.keys()) lines.push(`  ${name}`);
  for (const [from, edges] of graph) {
    for (const [to, runtime] of [...edges].sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${from} ${runtime ? '-->' : '-.->'} ${to}`);
  }
  lines.push('```');
  return lines.join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const doc = readFileSync(docFile, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path.relative(root, docFile)} has no lines ${START} … ${END}`);
  const next = `${doc.slice(0, start + START.length)}\n${mermaid(moduleGraph())}\n${doc.slice(end)}`;
  if (values.check) {
    if (next !== doc) {
      console.error('docs/architecture.md: the module drawing is not what the code imports. Run `npm run docs:architecture` and commit the result.');
      process.exit(1);
    }
    console.log('docs/architecture.md: the module drawing is current.');
    return;
  }
  writeFileSync(docFile, next);
  console.log(next === doc ? 'docs/architecture.md: already current.' : 'docs/architecture.md: drawing updated.');
}

main();
