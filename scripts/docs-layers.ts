/** `npm run docs:layers`: redraws the README's layer diagram from .dependency-cruiser.mjs. */
import { readFileSync, writeFileSync } from 'node:fs';
import { LAYERS } from '../.dependency-cruiser.mjs';
import { DIAGRAM_END, DIAGRAM_START, withDiagram } from './lib/layers-diagram';

const readme = readFileSync('README.md', 'utf8');
const next = withDiagram(readme, LAYERS);
if (next === null) {
  console.error(`README.md needs the markers ${DIAGRAM_START} and ${DIAGRAM_END} around its layer diagram.`);
  process.exit(1);
}
writeFileSync('README.md', next);
console.log('README.md: layer diagram redrawn.');
