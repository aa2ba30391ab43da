/** Wiring only: Truth Social's content script, made from its site definition (src/sites/truthsocial/index.ts). */
import index from 'virtual:precedent-index/truthsocial';
import { builtInContentScript } from '../../src/content/content-scripts';
import { truthSocialSite } from '../../src/sites/truthsocial';

export default builtInContentScript(truthSocialSite, index);
