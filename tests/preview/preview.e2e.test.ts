// The preview end to end: the real bot in preview mode, driven through its page by a real
// headless Chromium (Debian's chromium package, playwright-core). Keeps a screenshot as an
// artefact (tests/artifacts/preview.png). The README's screenshot is made by `npm run docs`
// (scripts/readme-examples.ts) and checked by tests/docs/readme-examples.test.ts.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startPreview, type RunningPreview } from '../../src/preview/start-preview.ts';
import { getItem, listItems } from '../../src/store/items.queries.ts';
import { tempDir } from '../helpers/db.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACT = new URL('../artifacts/preview.png', import.meta.url);
const PRETEND = '2025-09-15';
/** The real database's default place: a preview session must leave it exactly as it was. */
const PRODUCTION_DB = resolve('data/motiebot.db');

/** Existence, size, modification time and content of the database file and its WAL companions. */
function fingerprint(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`].map((p) => {
    if (!existsSync(p)) return `${p}: missing`;
    const { size, mtimeMs } = statSync(p);
    return `${p}: ${size} ${mtimeMs} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
  });
}

describe('preview in a browser', () => {
  let dir: string;
  let preview: RunningPreview;
  let context: BrowserContext;
  let page: Page;
  const logs: string[] = [];
  /** Requests the page tried to send anywhere but the preview itself. */
  const escaped: string[] = [];
  let productionBefore: string[];

  beforeAll(async () => {
    dir = tempDir('motiebot-preview-e2e-');
    productionBefore = fingerprint(PRODUCTION_DB);
    // No DATABASE_PATH: the real database is the default ./data/motiebot.db, which must stay untouched.
    const config = loadConfig({ PREVIEW_DATABASE_PATH: join(dir, 'preview.db'), PORT: '0', LOG_LEVEL: 'info' });
    expect(config.preview).toBe(true);
    expect(config.databasePath).toBe(PRODUCTION_DB);
    preview = await startPreview(config, createLogger('info', (line) => logs.push(line)));
    context = await chromium.launchPersistentContext(join(dir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=nl-NL'],
      viewport: { width: 1280, height: 1000 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const origin = new URL(preview.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      escaped.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 60_000);

  afterAll(async () => {
    // beforeAll may have failed before these were made
    await (context as BrowserContext | undefined)?.close();
    await (preview as RunningPreview | undefined)?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the sample, answers /motie status, marks an item done, sends the digest', async () => {
    await page.goto(preview.url);
    const channels = page.getByRole('navigation', { name: 'Kanalen en apps' });
    for (const name of ['#ocw', '#szw', '#vws', '#jenv']) await expect.poll(() => channels.getByRole('link', { name, exact: true }).count()).toBe(1);

    // The date is typed and shown in Dutch order: a date input would show mm/dd/yyyy in an English Chromium.
    const dateField = page.getByLabel('Doe alsof het vandaag is:');
    expect(await dateField.getAttribute('type')).toBe('text');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await dateField.fill('31-02-2025');
    await dateField.press('Enter');
    // Visible next to the field (not only announced to a screen reader), and gone once a date is right.
    const dateError = page.locator('#pretend-date-error');
    await dateError.waitFor({ state: 'visible' });
    expect(await dateError.textContent()).toContain('"31-02-2025" is geen datum; schrijf dag-maand-jaar');
    expect(await dateField.getAttribute('aria-invalid')).toBe('true');
    await dateField.fill('15-09-2025');
    await dateField.press('Enter');
    await page.getByText('Je doet alsof het maandag 15 september 2025 is.').waitFor();
    await dateError.waitFor({ state: 'hidden' });
    expect(preview.clock.date()).toBe(PRETEND);
    await page.locator('#view-title').click();
    await expect.poll(() => dateField.inputValue()).toBe('15-09-2025');

    await channels.getByRole('link', { name: '#ocw', exact: true }).click();
    const input = page.getByLabel('Bericht aan #ocw');
    await input.fill('/motie status');
    await input.press('Enter');

    const status = page.locator('li.msg', { has: page.getByRole('heading', { name: 'Stand van zaken: OCW' }) });
    await status.getByText('Te laat', { exact: false }).first().waitFor();
    await expect.poll(() => status.getByText('Alleen zichtbaar voor jou').count()).toBe(1);

    const overdue = listItems(preview.db, { status: 'open' }).filter((item) => item.responsible.some((r) => r.ministry === 'OCW'));
    expect(overdue.length).toBeGreaterThan(0);
    const item = overdue[0]!;
    await expect.poll(() => status.getByText(`#${item.id}`, { exact: false }).count()).toBeGreaterThan(0);

    await status.getByRole('button', { name: 'Afgerond' }).first().click();
    const confirm = page.getByRole('dialog', { name: 'Afgerond?' });
    await confirm.getByRole('button', { name: 'Ja, afgerond' }).click();

    await status.getByText('Afgerond door @jij', { exact: false }).waitFor();
    // mrkdwn: ~struck~ title, *bold* counts, <@U…> as a mention
    await status.locator('s', { hasText: item.title.slice(0, 20) }).waitFor();
    expect(await status.locator('strong').first().textContent()).toBe('0');
    expect(await status.locator('.mention').first().textContent()).toBe('@jij');
    await status.getByRole('button', { name: 'Ongedaan maken' }).waitFor();
    expect(getItem(preview.db, item.id)?.status).toBe('done');
    expect(getItem(preview.db, item.id)?.statusSetBy).toBe('UPREVIEW');

    await page.getByRole('button', { name: 'Stuur weekoverzicht nu' }).click();
    await page.getByRole('status').getByText('geplaatst', { exact: false }).waitFor();
    const digest = page.locator('li.msg', { has: page.getByRole('heading', { name: /Weekoverzicht moties en toezeggingen/ }) });
    await digest.waitFor();
    await digest.getByText('Afgerond in de afgelopen week', { exact: false }).waitFor();
    expect(preview.standIn.listMessages('COCW', 'UNOBODY').some((m) => m.text.startsWith('Weekoverzicht'))).toBe(true);

    mkdirSync(new URL('.', ARTIFACT), { recursive: true });
    await page.screenshot({ path: ARTIFACT.pathname });

    expect(escaped).toEqual([]);
    expect(logs.filter((l) => / (ERROR|WARN) /.test(l))).toEqual([]);
  }, 60_000);

  it('offers the overview of /motie overzicht as a download in the channel', async () => {
    const channels = page.getByRole('navigation', { name: 'Kanalen en apps' });
    // "#szw (nieuwe berichten)" after the digest of the test before.
    await channels.getByRole('link', { name: /^#szw\b/ }).click();
    const input = page.getByLabel('Bericht aan #szw');
    await input.fill('/motie overzicht alles');
    await input.press('Enter');
    const file = page.locator('li.msg a.file');
    await file.first().waitFor();
    expect(await file.first().textContent()).toContain('Stand van zaken moties en toezeggingen');
    await page.getByText('Het overzicht staat in dit kanaal', { exact: false }).first().waitFor();
    // A download link: the file's name in `download`, served as an attachment from the preview itself.
    const name = await file.first().getAttribute('download');
    expect(name).toMatch(/^stand-van-zaken-SZW-.*\.docx$/); // #szw is linked to the ministry
    const href = await file.first().getAttribute('href');
    const response = await page.request.get(new URL(href!, preview.url).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toContain(`attachment; filename="${String(name)}"`);
    expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = await response.body();
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(preview.standIn.uploads().map((u) => u.bytes?.length)).toContain(bytes.length);
    expect(escaped).toEqual([]);
    await channels.getByRole('link', { name: /^#ocw\b/ }).click();
  }, 60_000);

  it('shows the Home tab, a modal with its errors, text as text, and reminders with their menu', async () => {
    const nav = page.getByRole('navigation', { name: 'Kanalen en apps' });
    await nav.getByRole('link', { name: 'motiebot · Home' }).click();
    const home = page.locator('#home');
    await home.getByRole('heading', { name: 'motiebot: moties en toezeggingen' }).waitFor();
    await home.getByText('Per bewindspersoon').waitFor();
    // Details (a modal from the Home tab) has nothing to save: no "Opslaan" (a .btn with [hidden] used to show anyway).
    await home.getByLabel('Meer opties').first().click();
    await home.getByRole('button', { name: 'Details' }).first().click();
    const details = page.getByRole('dialog', { name: /^Details #/ });
    await details.getByRole('button', { name: 'Sluiten' }).waitFor();
    expect(await details.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    await details.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    const vws = nav.getByRole('link', { name: /^#vws/ });
    expect(await vws.textContent()).toBe('#vws (nieuwe berichten)'); // the digest went there too
    await vws.click();
    await expect.poll(() => vws.textContent()).toBe('#vws');
    const input = page.getByLabel('Bericht aan #vws');
    await input.fill('/motie nieuw');
    await input.press('Enter');
    const modal = page.getByRole('dialog', { name: 'Nieuwe motie/toezegging' });
    await modal.waitFor();
    await modal.getByRole('button', { name: 'Toevoegen' }).click();
    await modal.getByText('Beschrijf het verzoek of de toezegging.').waitFor();
    await expect.poll(() => modal.getByLabel('Verzoek of toezegging').getAttribute('aria-invalid')).toBe('true');

    const hostile = '<img src=x onerror="window.pwned=1"> Kamerbrief over *vet* en _schuin_';
    await modal.getByLabel('Verzoek of toezegging').fill(hostile);
    await modal.getByLabel('Verantwoordelijk').fill('MVWS');
    await modal.getByLabel('Termijn').fill('eind 2027');
    await modal.getByRole('button', { name: 'Toevoegen' }).click();
    const done = page.getByRole('dialog', { name: 'Toegevoegd' });
    await done.getByText('Toegevoegd als #', { exact: false }).waitFor();
    expect(await done.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    await done.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await input.fill('/motie help');
    await input.press('Enter');
    const help = page.locator('li.msg', { hasText: 'houdt bij wat de bewindspersoon' }).last();
    await help.locator('code', { hasText: '/motie status' }).first().waitFor();
    expect(await help.locator('strong').first().textContent()).toBe('motiebot');

    await input.fill('/motie zoek onerror');
    await input.press('Enter');
    const found = page.locator('li.msg', { hasText: 'resultaat voor' }).last();
    await found.getByText('<img src=x onerror="window.pwned=1">', { exact: false }).first().waitFor();
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#messages img').count()).toBe(0);

    await page.getByRole('button', { name: 'Stuur herinneringen nu' }).click();
    await page.getByRole('status').getByText('Herinneringen (maandag 15 september 2025)', { exact: false }).waitFor();
    const reminder = page.locator('li.msg', { has: page.getByRole('heading', { name: /Te laat: Kamer informeren/ }) }).first();
    await reminder.waitFor();
    // #vws owes several overdue items: one message, a row (and a menu) per item
    const menu = reminder.getByLabel('Meer opties').first();
    const snooze = reminder.getByRole('button', { name: 'Herinner me volgende week' }).first();
    await menu.click();
    await page.locator('#view-title').click(); // clicking elsewhere closes the menu
    await expect.poll(() => snooze.isVisible()).toBe(false);
    await menu.click();
    await snooze.click();
    await page.locator('li.msg.ephemeral', { hasText: 'Ik herinner dit kanaal pas vanaf' }).waitFor();

    await page.screenshot({ path: new URL('../artifacts/preview-reminders.png', import.meta.url).pathname });
    expect(escaped).toEqual([]);
    expect(logs.filter((l) => / (ERROR|WARN) /.test(l))).toEqual([]);
  }, 60_000);

  it('edits an item in its modal (stand van zaken, trekker), shows it under Mijn on the Home tab, and reopens a done item from the menu', async () => {
    const nav = page.getByRole('navigation', { name: 'Kanalen en apps' });
    // #vws owes open items (every item of #ocw is done in the sample).
    await nav.getByRole('link', { name: /^#vws\b/ }).click();
    const vws = page.getByLabel('Bericht aan #vws');
    await vws.fill('/motie status');
    await vws.press('Enter');
    const status = page.locator('li.msg', { has: page.getByRole('heading', { name: /^Stand van zaken: / }) }).last();
    await status.getByText('Te laat', { exact: false }).first().waitFor();
    await status.getByLabel('Meer opties').first().click();
    await status.getByRole('button', { name: 'Bewerken' }).first().click();
    const modal = page.getByRole('dialog', { name: /^Bewerken #\d+$/ });
    await modal.waitFor();
    const id = Number(/#(\d+)/.exec((await page.locator('#modal-title').textContent()) ?? '')?.[1]);
    expect(getItem(preview.db, id)?.status).toBe('open');
    // A Kamerstuk nobody can read is answered inline and changes nothing.
    const kamerstuk = await modal.getByLabel('Kamerstuk').inputValue();
    const before = getItem(preview.db, id);
    await modal.getByLabel('Kamerstuk').fill('de brief van vorige week');
    await modal.getByRole('button', { name: 'Opslaan' }).click();
    await modal.getByText('Dit Kamerstuk herken ik niet', { exact: false }).waitFor();
    expect(getItem(preview.db, id)).toEqual(before);
    await modal.getByLabel('Kamerstuk').fill(kamerstuk);
    await modal.getByLabel('Stand van zaken').fill('De brief is in voorbereiding.\nVerwacht: maart 2026.');
    await modal.getByLabel('Trekker').selectOption({ label: '@jij' });
    await modal.getByRole('button', { name: 'Opslaan' }).click();
    const saved = page.getByRole('dialog', { name: 'Opgeslagen' });
    await saved.getByText(`#${id} is bijgewerkt: stand van zaken en trekker.`).waitFor();
    await saved.getByRole('button', { name: 'Sluiten' }).click();
    expect(getItem(preview.db, id)).toMatchObject({ statusText: 'De brief is in voorbereiding.\nVerwacht: maart 2026.', owner: 'UPREVIEW', kamerstuk: before?.kamerstuk });
    // The team sees the change in the channel.
    await page.locator('li.msg', { hasText: `#${id}` }).filter({ hasText: 'bijgewerkt door @jij' }).first().waitFor();
    const input = page.getByLabel('Bericht aan #ocw');

    await nav.getByRole('link', { name: 'motiebot · Home' }).click();
    const home = page.locator('#home');
    await home.getByRole('heading', { name: 'Mijn moties en toezeggingen' }).waitFor();
    await home.getByText('Je bent trekker van 1 item:').waitFor();
    await home.getByText(`#${id}`, { exact: false }).first().waitFor();

    await nav.getByRole('link', { name: /^#ocw\b/ }).click();
    await input.fill('/motie status afgerond');
    await input.press('Enter');
    const doneList = page.locator('li.msg', { has: page.getByRole('heading', { name: 'Stand van zaken: OCW' }) }).filter({ hasText: 'Filter: afgerond' }).last();
    await doneList.getByLabel('Meer opties').first().click();
    await doneList.getByRole('button', { name: 'Heropenen' }).first().click();
    const reopened = page.locator('li.msg.ephemeral', { hasText: 'staat weer open' }).last();
    await reopened.waitFor();
    const reopenedId = Number(/#(\d+) staat weer open/.exec((await reopened.textContent()) ?? '')?.[1]);
    expect(getItem(preview.db, reopenedId)).toMatchObject({ status: 'open', statusSetBy: 'UPREVIEW' });
    expect(escaped).toEqual([]);
    expect(logs.filter((l) => / (ERROR|WARN) /.test(l))).toEqual([]);
  }, 60_000);

  it('leaves ./data/motiebot.db untouched: the session lives in the preview database', async () => {
    await preview.stop();
    expect(fingerprint(PRODUCTION_DB)).toEqual(productionBefore);
    expect(existsSync(join(dir, 'preview.db'))).toBe(true);
  });
});
