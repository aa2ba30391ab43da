/** Wiring only: mounts the options page. */
import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/ui.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
