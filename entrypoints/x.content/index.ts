/** Wiring only: X's content script, made from its site definition (src/sites/x/index.ts). */
import index from 'virtual:precedent-index/x';
import { builtInContentScript } from '../../src/content/content-scripts';
import { xSite } from '../../src/sites/x';

export default builtInContentScript(xSite, index);
