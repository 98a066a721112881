/**
 * A long list pages: the real content's cast list is longer than a page, so this runs on the
 * real content's build (the fixture wiki's lists fit on one page). The filters' other
 * behaviour runs on the fixture wiki (filters.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { LIST_PAGE_SIZE } from '../../src/data/data-keys';
import { builtListTotal, cardTitles, resultCount, waitForApp, watchConsole } from './site';

test('a long list pages at its page size; the next page holds the rest', async ({ page }) => {
  const console = watchConsole(page);
  const total = builtListTotal('cast');
  expect(total, 'the cast list must be long enough to page').toBeGreaterThan(LIST_PAGE_SIZE);
  await page.goto('/cast/');
  await waitForApp(page);
  await expect(cardTitles(page)).toHaveCount(LIST_PAGE_SIZE);
  await expect(resultCount(page)).toHaveText(`Showing 1–${LIST_PAGE_SIZE} of ${total} people`);
  const pager = page.getByRole('navigation', { name: 'Pages of people' });
  const pages = Math.ceil(total / LIST_PAGE_SIZE);
  await expect(pager).toContainText(`Page 1 of ${pages}`);
  await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  const firstOnPageOne = await cardTitles(page).first().textContent();
  await pager.getByRole('link', { name: `Next page, 2 of ${pages}` }).click();
  await expect(pager).toContainText(`Page 2 of ${pages}`);
  await expect(page).toHaveURL(/\/cast\/\?page=2$/);
  const onPageTwo = Math.min(total - LIST_PAGE_SIZE, LIST_PAGE_SIZE);
  await expect(cardTitles(page)).toHaveCount(onPageTwo);
  await expect(resultCount(page)).toContainText(`Showing ${LIST_PAGE_SIZE + 1}–`);
  await expect(cardTitles(page).first()).not.toHaveText(firstOnPageOne!);
  await page.goBack();
  await expect(page).toHaveURL(/\/cast\/$/);
  await expect(cardTitles(page)).toHaveCount(LIST_PAGE_SIZE);
  console.expectClean();
});
