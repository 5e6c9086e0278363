// The UI steps: what a writer sees in draft.md (test/ui/fixtures/draft.md). Each step leaves the
// screen showing its result (run.mjs then takes the screenshot) and may name an `after` to tidy up.
import {
  clickText, focusEditor, goToNewLastLine, hoverText, problemRows, runCommand,
  waitForEditorText, waitForSuggestion,
} from './workbench.mjs';

const LONG = 'Defense Acquisition Program Administration';
const KEY = '001_6c54e90040af64f0';

/** Puts draft.md back as it is on disk (drops what a step typed), and closes widgets. */
async function revert(page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await runCommand(page, 'File: Revert File');
  await waitForEditorText(page, (t) => !t.includes('## Introduction') && t.includes('The DAPA delegation') && !t.includes(`${LONG} (DAPA)`) && !/\[@\s*$/m.test(t), 'draft.md as on disk');
}

export const steps = [
  {
    name: 'workbench opens draft.md',
    async run({ page, url }) {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
      // The explorer lists the workspace; open the draft from it.
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' });
      await row.waitFor({ state: 'visible', timeout: 60_000 });
      await row.click();
      await page.locator('.tab.active', { hasText: 'draft.md' }).waitFor({ state: 'visible', timeout: 30_000 });
      await waitForEditorText(page, (t) => t.includes('The DAPA delegation'), 'the draft', 30_000);
      await focusEditor(page);
    },
  },
  {
    name: 'Problems panel lists the Dossier problems',
    async run({ page }) {
      await focusEditor(page);
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 15_000 });
      // The language server indexes first: poll until every expected problem is listed.
      const expected = [
        ['undefined acronym DAPA', /\bDAPA\b.*expanded/i],
        ['weekday mismatch (Thursday)', /Thursday/],
        ['invalid date 30 February', /30 February 2024.*not a real date/i],
        ['unknown citation key', /999_0000000000000000/],
      ];
      await page.waitForFunction((res) => {
        const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => r.getAttribute('aria-label') || r.textContent || '');
        return res.every(([s, f]) => rows.some((r) => new RegExp(s, f).test(r)));
      }, expected.map(([, re]) => [re.source, re.flags]), { timeout: 90_000, polling: 250 }).catch(() => { /* reported below */ });
      const rows = await problemRows(page);
      const missing = expected.filter(([, re]) => !rows.some((r) => re.test(r))).map(([what]) => what);
      if (missing.length) throw new Error(`missing ${missing.join(', ')}; rows: ${rows.join(' || ') || '(none)'}`);
      return `${rows.length} rows`;
    },
  },
  {
    name: 'hover on acronym DAPA shows its expansion',
    async run({ page }) {
      await focusEditor(page);
      // The second DAPA: the first carries a diagnostic, whose message would show in the hover too.
      const text = await hoverText(page, 'DAPA', 1, new RegExp(LONG));
      return text.slice(0, 120);
    },
    after: async ({ page }) => { await page.mouse.move(5, 5); await page.keyboard.press('Escape'); },
  },
  {
    name: 'hover on citation key shows the source title',
    async run({ page }) {
      const text = await hoverText(page, KEY, 0, /reigniting the flame/i);
      return text.slice(0, 120);
    },
    after: async ({ page }) => { await page.mouse.move(5, 5); await page.keyboard.press('Escape'); },
  },
  {
    name: 'typing [@ offers the citation keys',
    async run({ page }) {
      await goToNewLastLine(page);
      await page.keyboard.type('See [@');
      const labels = await waitForSuggestion(page, KEY);
      return `${labels.length} items`;
    },
    after: ({ page }) => revert(page),
  },
  {
    name: 'typing DA offers the acronym DAPA',
    async run({ page }) {
      await goToNewLastLine(page);
      await page.keyboard.type('The DA');
      const labels = await waitForSuggestion(page, 'DAPA');
      return labels.slice(0, 5).join(', ');
    },
    after: ({ page }) => revert(page),
  },
  {
    name: 'snippet "answer" inserts the answer structure',
    async run({ page }) {
      await goToNewLastLine(page);
      await page.keyboard.type('answer');
      await waitForSuggestion(page, 'answer');
      // Move the selection onto the snippet whose prefix is exactly "answer", then accept it.
      for (let i = 0; i < 30; i++) {
        const focused = await page.locator('.editor-widget.suggest-widget.visible .monaco-list-row.focused .label-name').textContent();
        if (focused?.trim() === 'answer') break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Enter');
      await waitForEditorText(page, (t) => /^## Introduction$/m.test(t) && /^## Conclusion$/m.test(t) && !/^answer$/m.test(t), 'the "## Introduction … ## Conclusion" structure');
    },
    after: ({ page }) => revert(page),
  },
  {
    name: 'quick fix expands DAPA',
    async run({ page }) {
      await focusEditor(page);
      await clickText(page, 'DAPA', 0);
      await page.keyboard.press('Control+.');
      // The lightbulb menu: move the focus onto "Expand to …" and apply it with Enter.
      const rows = page.locator('.action-widget .monaco-list-row');
      await rows.filter({ hasText: /Expand to/ }).first().waitFor({ state: 'visible', timeout: 15_000 });
      const focused = page.locator('.action-widget .monaco-list-row.focused');
      for (let i = 0; i < 10 && !/Expand to/.test((await focused.textContent({ timeout: 2000 }).catch(() => '')) ?? ''); i++) {
        await page.keyboard.press('ArrowDown');
      }
      const title = ((await focused.textContent()) ?? '').trim();
      if (!/Expand to/.test(title)) throw new Error(`could not select "Expand to …" in the quick fix menu (focused: ${title})`);
      await page.keyboard.press('Enter');
      await waitForEditorText(page, (t) => t.includes(`${LONG} (DAPA) and the Indian Army`), `"${LONG} (DAPA)"`);
      return title;
    },
    after: ({ page }) => revert(page),
  },
];
