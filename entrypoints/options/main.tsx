/** Wiring only: mounts the options page (it checks imported packs against the bundled dataset). */
import dataset from 'virtual:precedent-dataset';
import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/ui.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp bundled={dataset} />, root);
