/** Wiring only: the script inside X's and Bluesky's embed frames, made from its site definition (src/sites/embed-frames/index.ts). */
import index from 'virtual:precedent-index/x,bluesky';
import { framesContentScript } from '../../src/content/content-scripts';
import { embedFramesSite } from '../../src/sites/embed-frames';

export default framesContentScript(embedFramesSite, index);
