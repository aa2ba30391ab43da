/** Wiring only: Bluesky's content script, made from its site definition (src/sites/bluesky/index.ts). */
import index from 'virtual:precedent-index/bluesky';
import { builtInContentScript } from '../../src/content/content-scripts';
import { blueskySite } from '../../src/sites/bluesky';

export default builtInContentScript(blueskySite, index);
