/** Wiring only: mounts the options page (it checks imported packs against the packaged dataset). */
import datasetFile from 'virtual:precedent-dataset-file';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { packagedDataset } from '../../src/dataset/packaged';
import { installMessages } from '../../src/i18n/current';
import { MESSAGES } from '../../src/i18n/messages';
import { DatasetUnreadable } from '../../src/ui/common/DatasetUnreadable';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/ui.css';

installMessages(MESSAGES);
const root = document.getElementById('app');
// The cast: WXT types getURL with the files it knows of; scripts/lib/dataset-plugin.ts emits this one.
const bundled = packagedDataset(browser.runtime.getURL(datasetFile as '/popup.html'));
if (root)
  bundled().then(
    (dataset) => render(<OptionsApp bundled={dataset} />, root),
    (error: unknown) => render(<DatasetUnreadable error={error} />, root),
  );
