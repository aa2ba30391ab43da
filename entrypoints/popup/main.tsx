/** Wiring only: mounts the popup with the bundled dataset. */
import dataset from 'virtual:precedent-dataset';
import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/ui.css';

const root = document.getElementById('app');
if (root) render(<PopupApp dataset={dataset} />, root);
