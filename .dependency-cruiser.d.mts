/** Types of .dependency-cruiser.mjs, for the test that checks the layers (tests/unit/layers.test.ts). */
import type { IConfiguration } from 'dependency-cruiser';

export interface Layer {
  folders: string[];
  role: string;
}
export const LAYERS: Layer[];
declare const config: IConfiguration;
export default config;
