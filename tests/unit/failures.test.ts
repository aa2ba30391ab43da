/**
 * Failures made visible: a content script counts what it could not read and tells the background
 * (src/content/failures.ts), which keeps it per tab for the extension's own pages only
 * (src/background/diagnostics.ts, message-handler.ts); the messages are validated like the rest.
 */
import { describe, expect, it } from 'vitest';
import { createDiagnostics } from '../../src/background/diagnostics';
import { createLookupService } from '../../src/background/lookup-service';
import { createMessageHandler } from '../../src/background/message-handler';
import { createFailureReport, MAX_REPORTS } from '../../src/content/failures';
import { diagnosticsMessage, failuresMessage, MAX_SAMPLES, parseMessage, ranMessage } from '../../src/messaging/protocol';
import { datasetTracking } from '../support/dataset';

describe('failure reports', () => {
  it('count every failure, keep the last five messages, and stop reporting after a hundred', () => {
    const sent: Array<[number, readonly string[]]> = [];
    const report = createFailureReport((count, samples) => sent.push([count, [...samples]]));
    for (let i = 1; i <= MAX_REPORTS + 20; i++) report.record(new TypeError(`post ${i}`));
    expect(report.count).toBe(MAX_REPORTS + 20);
    expect(sent).toHaveLength(MAX_REPORTS);
    expect(sent[2]).toEqual([3, ['TypeError: post 1', 'TypeError: post 2', 'TypeError: post 3']]);
    expect(sent.at(-1)![1]).toHaveLength(5);
  });

  it('are messages the background validates', () => {
    expect(parseMessage(failuresMessage(3, ['a', 'b']))).toEqual({ type: 'precedent:failures', count: 3, samples: ['a', 'b'] });
    expect(parseMessage(failuresMessage(1, ['x'.repeat(500)]))).toEqual({ type: 'precedent:failures', count: 1, samples: ['x'.repeat(200)] });
    for (const bad of [{ count: -1, samples: [] }, { count: 1.5, samples: [] }, { count: 1, samples: Array(MAX_SAMPLES + 1).fill('a') }, { count: 1, samples: [42] }, { count: '1', samples: [] }])
      expect(parseMessage({ type: 'precedent:failures', ...bad }), JSON.stringify(bad)).toBeNull();
    expect(parseMessage(diagnosticsMessage())).toEqual({ type: 'precedent:diagnostics' });
  });

  it('are kept per tab, and given only to the extension’s own pages', async () => {
    const diagnostics = createDiagnostics();
    const handle = createMessageHandler({
      runtimeId: 'precedent',
      lookups: () => Promise.resolve(createLookupService(datasetTracking('a'))),
      openPage: () => Promise.resolve(),
      diagnostics,
      extensionOrigin: 'chrome-extension://precedent/',
    });
    await handle(failuresMessage(2, ['TypeError: boom']), { id: 'precedent', url: 'https://x.com/home', tab: { id: 5, index: 0, url: 'https://x.com/home' } });
    await handle(failuresMessage(4, ['TypeError: boom']), { id: 'precedent', url: 'https://x.com/home', tab: { id: 5, index: 0, url: 'https://x.com/home' } });
    // How each script stands, per page or frame (the frame's own address, not its tab's); the latest report wins.
    const frame = { id: 'precedent', url: 'https://platform.twitter.com/embed/Tweet.html?id=1', tab: { id: 5, index: 0, url: 'https://news.example/' } };
    await handle(ranMessage('x', 'annotating', 1, 2), { id: 'precedent', url: 'https://x.com/home', tab: { id: 5, index: 0, url: 'https://x.com/home' } });
    await handle(ranMessage('embed-frames', 'waiting'), frame);
    await handle(ranMessage('x', 'annotating', 3, 0), { id: 'precedent', url: 'https://x.com/home', tab: { id: 5, index: 0, url: 'https://x.com/home' } });
    expect(await handle(diagnosticsMessage(), { id: 'precedent', url: 'chrome-extension://precedent/popup.html' })).toEqual({
      tabs: [{ tabId: 5, url: 'https://x.com/home', count: 4, samples: ['TypeError: boom'] }],
      runs: [
        { tabId: 5, url: frame.url, script: 'embed-frames', state: 'waiting', annotated: 0, waiting: 0 },
        { tabId: 5, url: 'https://x.com/home', script: 'x', state: 'annotating', annotated: 3, waiting: 0 },
      ],
    });
    // A content script (a page's world) cannot read what other tabs failed on.
    expect(handle(diagnosticsMessage(), { id: 'precedent', url: 'https://x.com/home', tab: { id: 5, index: 0 } })).toBeUndefined();
    diagnostics.forget(5);
    expect(diagnostics.tabs()).toEqual([]);
    expect(diagnostics.runs()).toEqual([]);
  });
});
