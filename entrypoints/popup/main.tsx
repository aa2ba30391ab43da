/** Wiring only: mounts the popup with the bundled dataset and the user's imported packs. */
import dataset from 'virtual:precedent-dataset';
import { render } from 'preact';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { loadData } from '../../src/ui/common/extension-api';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/ui.css';

installMessages(MESSAGES);
const root = document.getElementById('app');
if (root) void loadData(dataset).then((data) => render(<PopupApp data={data} />, root));
