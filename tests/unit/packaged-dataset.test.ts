import { describe, expect, it } from 'vitest';
import { packagedDataset } from '../../src/dataset/packaged';

describe('the packaged dataset file', () => {
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
});
