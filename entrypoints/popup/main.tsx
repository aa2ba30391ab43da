/** Wiring only: mounts the popup with the bundled dataset and the user's imported packs. */
import dataset from 'virtual:precedent-dataset';
import { render } from 'preact';
import { loadData } from '../../src/ui/common/extension-api';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/ui.css';

const root = document.getElementById('app');
if (root) void loadData(dataset).then((data) => render(<PopupApp data={data} />, root));
