/**
 * `npm run icons`: renders assets/icon.svg to the PNG sizes the stores and browsers ask for, into
 * assets/public/icon/ (WXT puts icon/<size>.png in the manifest). The PNGs are committed; run this
 * after changing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('assets/icon.svg', 'utf8');
for (const size of SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(`assets/public/icon/${size}.png`, png);
  console.log(`assets/public/icon/${size}.png (${png.length} bytes)`);
}
