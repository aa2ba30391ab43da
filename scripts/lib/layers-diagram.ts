/**
 * The README's layer diagram, drawn from the layers dependency-cruiser enforces
 * (.dependency-cruiser.mjs), so the picture cannot drift from the rule. `npm run docs:layers`
 * rewrites it; tests/unit/layers.test.ts fails when it is stale.
 */
import type { Layer } from '../../.dependency-cruiser.mjs';

export const DIAGRAM_START = '<!-- layers:start (npm run docs:layers) -->';
export const DIAGRAM_END = '<!-- layers:end -->';

export function layersDiagram(layers: readonly Layer[]): string {
  const name = (folder: string) => (folder.endsWith('.ts') ? folder : `${folder}/`);
  const rows = [
    { left: 'entrypoints/', role: 'wiring only: each entrypoint hands a site or a page to src/' },
    ...[...layers].reverse().map((layer) => ({ left: layer.folders.map(name).join('  '), role: layer.role })),
  ];
  const width = Math.max(...rows.map((row) => row.left.length)) + 2;
  const lines = rows.flatMap((row, index) => [...(index > 0 ? ['   ▲'] : []), `${row.left.padEnd(width)}${row.role}`]);
  return [
    DIAGRAM_START,
    '```text',
    'Each layer imports only from the layers below it (▲ = "is imported by"), never from a sibling',
    'folder on its own row; no import cycles. Enforced by `npm run lint` (.dependency-cruiser.mjs).',
    '',
    ...lines,
    '```',
    DIAGRAM_END,
  ].join('\n');
}

/** `readme` with its diagram replaced by the current one (null when the markers are missing). */
export function withDiagram(readme: string, layers: readonly Layer[]): string | null {
  const start = readme.indexOf(DIAGRAM_START);
  const end = readme.indexOf(DIAGRAM_END);
  if (start < 0 || end < start) return null;
  return readme.slice(0, start) + layersDiagram(layers) + readme.slice(end + DIAGRAM_END.length);
}
