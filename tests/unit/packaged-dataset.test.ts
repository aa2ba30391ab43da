import { afterEach, describe, expect, it, vi } from 'vitest';
import { packagedDataset } from '../../src/dataset/packaged';

describe('the packaged dataset file', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is read once, read again after a failure, and a missing file is an error, not an empty record', async () => {
    const reads: string[] = [];
    let status = 404;
    const read = packagedDataset('chrome-extension://id/dataset.json', (url) => {
      reads.push(url);
      return Promise.resolve(new Response(JSON.stringify({ format: 1, accounts: [] }), { status }));
    });
    await expect(read()).rejects.toThrow('chrome-extension://id/dataset.json: 404');
    status = 200;
    expect((await read()).accounts).toEqual([]);
    await read();
    expect(reads).toHaveLength(2);
  });

  it('keeps the new read begun after a failure, though another caller of the failed read hears of it later', async () => {
    let reads = 0;
    const read = packagedDataset('chrome-extension://id/dataset.json', () => {
      reads += 1;
      return Promise.resolve(new Response('{"accounts": []}', { status: reads === 1 ? 503 : 200 }));
    });
    // The first caller tries again as soon as it hears of the failure, before the second caller does.
    const retried = read().catch(() => read());
    const second = read().catch(() => null);
    await retried;
    await second;
    await read();
    expect(reads).toBe(2);
  });

  it('reads the file with fetch when given no other way', async () => {
    const fetch = vi.fn((url: string) => Promise.resolve(new Response(JSON.stringify({ url }))));
    vi.stubGlobal('fetch', fetch);
    expect(await packagedDataset('chrome-extension://id/dataset.json')()).toEqual({ url: 'chrome-extension://id/dataset.json' });
  });
});
