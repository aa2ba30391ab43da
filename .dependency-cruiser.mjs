/**
 * The house's layers, enforced by dependency-cruiser (`npm run lint`, and tests/unit/layers.test.ts in
 * `npm test`): a folder of src/ may import from the layers below its own and from inside its own
 * folder, never from a layer above nor from a sibling folder on its own layer; no import cycle
 * anywhere. The README's layer diagram is drawn from LAYERS (the test checks it).
 */

/** Bottom first. Each entry is a layer: its folders of src/ (a name ending in ".ts" is a file of src/). */
export const LAYERS = [
  { folders: ['dataset', 'storage', 'project.ts'], role: 'the record: schema, vocabulary, handle rules, keys, compiler, queries; storage interfaces; the project\'s links' },
  { folders: ['i18n', 'policy'], role: 'languages and dates; which clause version was in force' },
  { folders: ['matching', 'search', 'messaging'], role: 'index and matcher; popup search; the messages and views between contexts' },
  { folders: ['sites'], role: 'one folder per site (about + adapter + selectors), the list of sites' },
  { folders: ['settings'], role: 'the user\'s choices, typed and versioned' },
  { folders: ['packs'], role: 'imported records and backups' },
  { folders: ['overlay'], role: 'badge and panel (Preact, shadow root)' },
  { folders: ['content'], role: 'annotator, batched observer, the content scripts\' factory' },
  { folders: ['background', 'ui'], role: 'the background\'s answers; popup and options' },
];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The path pattern of a folder (or file) of src/. */
const pathOf = (name) => (name.endsWith('.ts') ? `^src/${escape(name)}$` : `^src/${escape(name)}/`);

const layerRules = LAYERS.flatMap((layer, index) =>
  layer.folders.map((name) => {
    const higher = LAYERS.slice(index + 1).flatMap((above) => above.folders);
    const siblings = layer.folders.filter((other) => other !== name);
    return {
      name: `layer-${name.replace(/\.ts$/, '')}`,
      comment: `src/${name} is on layer ${index + 1} (${layer.role}): it may not import from ${[...siblings, ...higher].join(', ')}.`,
      severity: 'error',
      from: { path: pathOf(name) },
      to: { path: [...siblings, ...higher].map(pathOf).join('|') },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'An import cycle: the modules cannot be understood, tested or moved one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-stays-in-src',
      comment: 'Shipped code never imports the entrypoints, the build scripts or the tests.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(entrypoints|scripts|tests)/' },
    },
    {
      name: 'every-folder-has-a-layer',
      comment: 'A new folder of src/ needs its place in LAYERS (.dependency-cruiser.mjs) and in the README diagram.',
      severity: 'error',
      from: { path: '^src/', pathNot: [...LAYERS.flatMap((layer) => layer.folders.map(pathOf)), '^src/virtual\\.d\\.ts$'] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)/' },
    // Type-only imports count: they tie a layer to the one it names as much as values do.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    // Vite's virtual modules and query imports (?inline) are the build's, not files.
    moduleSystems: ['es6'],
  },
};
