/** An in-memory `storage.local` for unit tests; `writes` counts `set` calls (a refused change makes none). */
import type { StorageArea } from '../../src/storage/storage';

export function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown>; writes: number } {
  const data = structuredClone(initial);
  const area = {
    data,
    writes: 0,
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => {
      area.writes += 1;
      Object.assign(data, structuredClone(items));
    },
  };
  return area;
}
