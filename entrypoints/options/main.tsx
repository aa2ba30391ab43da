/** Wiring only: mounts the options page (it checks imported packs against the bundled dataset). */
import dataset from 'virtual:precedent-dataset';
import { render } from 'preact';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/ui.css';

installMessages(MESSAGES);
const root = document.getElementById('app');
if (root) render(<OptionsApp bundled={dataset} />, root);
