/** Page object for an X page with Precedent running: markers, badges and panels. */
import type { Locator, Page } from '@playwright/test';

export class XPage {
  constructor(readonly page: Page) {}

  /** Elements carrying the public marker, as "role account". */
  async markers(): Promise<string[]> {
    return this.page.$$eval('[data-precedent-account]', (elements) =>
      elements.map((el) => `${el.getAttribute('data-precedent-role')} ${el.getAttribute('data-precedent-account')}`),
    );
  }

  /** The post article whose permalink is this status id. */
  post(statusId: string): Locator {
    return this.page.locator('article').filter({ has: this.page.locator(`a[href$="/status/${statusId}"] > time`) }).first();
  }

  /** The badge button of an annotation (Playwright's CSS pierces open shadow roots). */
  badge(scope: Locator, role: 'author' | 'quoted' | 'reposter' = 'author'): Locator {
    return scope.locator(`precedent-annotation[data-role="${role}"] button.badge`).first();
  }

  panel(scope: Locator, role: 'author' | 'quoted' | 'reposter' = 'author'): Locator {
    return scope.locator(`precedent-annotation[data-role="${role}"] section.panel`).first();
  }

  /** Waits until the content script has annotated at least `count` elements. */
  async waitForMarkers(count: number): Promise<void> {
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-precedent-account]').length >= n, count);
  }
}
