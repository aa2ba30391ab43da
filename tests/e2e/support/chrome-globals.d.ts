/**
 * The few extension APIs the tests call inside extension pages (`page.evaluate` runs there, where
 * `chrome` exists); declared here because the test build has no browser-extension typings.
 */
declare const chrome: {
  tabs: {
    query(query: { url?: string | string[] }, callback: (tabs: Array<{ id?: number; url?: string }>) => void): void;
    getCurrent(callback: (tab: { id?: number } | undefined) => void): void;
  };
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; get(key: string | null): Promise<Record<string, unknown>>; clear(): Promise<void> } };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** Firefox's promise-based namespace, for `page.evaluate` inside Firefox extension pages. */
declare const browser: {
  tabs: { query(query: { url?: string | string[] }): Promise<Array<{ id?: number; url?: string }>> };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};
