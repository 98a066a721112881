/**
 * The reader every browser test starts as: a returning reader who chose to see everything
 * (`hs-progress` = all), on the servers a spec uses, by port offset from E2E_PORT (0: the
 * preview). Playwright opens each listed origin to store it whenever a test opens a page, so a
 * spec lists only its own: `test.use({ storageState: seesEverything(30) })`. Imports nothing, for
 * the Playwright config.
 */
const port = Number(process.env.E2E_PORT ?? 4173);

export function seesEverything(...offsets: number[]) {
  return {
    cookies: [],
    origins: offsets.map((offset) => ({
      origin: `http://127.0.0.1:${port + offset}`,
      localStorage: [{ name: 'hs-progress', value: 'all' }],
    })),
  };
}
