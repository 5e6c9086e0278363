// Helpers that drive the VS Code workbench in the page the way a person would: keyboard, mouse,
// command palette. All waits poll for a condition with a time limit.

const norm = (s) => (s ?? '').replace(/\u00a0/g, ' ');

/** Text of the active editor, line by line (monaco renders lines out of DOM order: sort by top). */
export async function editorText(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!editor) return '';
    const lines = [...editor.querySelectorAll('.view-line')].map((l) => [parseFloat(l.style.top) || 0, l.textContent]);
    lines.sort((a, b) => a[0] - b[0]);
    return lines.map((l) => l[1].replace(/\u00a0/g, ' ')).join('\n');
  });
}

/** Waits until the active editor's text satisfies test(text). */
export async function waitForEditorText(page, test, what, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await editorText(page);
    if (test(last)) return last;
    await page.waitForTimeout(100); // poll interval
  }
  throw new Error(`editor never showed ${what}; it shows:\n${last}`);
}

/** Focuses the editor text area (without moving the cursor). */
export async function focusEditor(page) {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
}

/** Runs a command through the command palette (F1), by its exact label. */
export async function runCommand(page, label, timeout = 15_000) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${label}`);
  // Wait until the first entry is the command itself, then run it.
  const first = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
  await first.filter({ hasText: label }).waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout });
}

/** Moves the cursor to the end of the document, on a new empty line. */
export async function goToNewLastLine(page) {
  await focusEditor(page);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
}

/**
 * Screen rectangle of the nth occurrence of `text` in the rendered lines of the active editor
 * (a DOM Range over the text node, so the point is on the word itself, not its whole token span).
 */
export async function textRect(page, text, nth = 0) {
  const rect = await page.evaluate(([text, nth]) => {
    const root = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!root) return null;
    const lines = [...root.querySelectorAll('.view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    let seen = 0;
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const s = n.textContent.replace(/\u00a0/g, ' ');
        for (let i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) {
          if (seen++ < nth) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + text.length);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
      }
    }
    return null;
  }, [text, nth]);
  if (!rect) throw new Error(`"${text}" (occurrence ${nth + 1}) is not on screen in the editor`);
  return rect;
}

/** Clicks into the middle of the nth occurrence of text in the editor (puts the cursor there). */
export async function clickText(page, text, nth = 0) {
  const r = await textRect(page, text, nth);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
}

/**
 * Hovers the nth occurrence of text and waits for a hover whose own (non-diagnostic) content
 * matches `expect`. Returns that content's text. Diagnostic messages in the same hover are left out,
 * so a message that quotes the expected text does not make the test pass.
 */
export async function hoverText(page, text, nth, expect, timeout = 20_000) {
  const r = await textRect(page, text, nth);
  const x = r.x + r.width / 2;
  const y = r.y + r.height / 2;
  const deadline = Date.now() + timeout;
  let seen = '';
  while (Date.now() < deadline) {
    // Come from outside the word, so monaco sees a fresh mouse move onto it.
    await page.mouse.move(x, y + 3 * r.height);
    await page.mouse.move(x, y, { steps: 4 });
    try {
      await page.waitForFunction((re) => {
        const rx = new RegExp(re.source, re.flags);
        const parts = [...document.querySelectorAll('.monaco-hover:not(.hidden) .monaco-hover-content .hover-row')]
          .filter((p) => p.offsetParent !== null && !p.querySelector('.marker') && !p.classList.contains('status-bar'));
        return parts.some((p) => rx.test(p.textContent));
      }, { source: expect.source, flags: expect.flags }, { timeout: 4000, polling: 100 });
      return hoverContent(page);
    } catch {
      seen = await hoverContent(page);
    }
  }
  throw new Error(`no hover matching ${expect} over "${text}"; hover showed: ${seen || '(nothing)'}`);
}

/** Text of the visible hover's non-diagnostic parts. */
export async function hoverContent(page) {
  return norm(await page.evaluate(() =>
    [...document.querySelectorAll('.monaco-hover:not(.hidden) .monaco-hover-content .hover-row')]
      .filter((p) => p.offsetParent !== null && !p.querySelector('.marker') && !p.classList.contains('status-bar'))
      .map((p) => p.textContent.trim())
      .join(' | ')));
}

/** Labels of the rows of the open suggest widget. */
export async function suggestLabels(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.editor-widget.suggest-widget.visible .monaco-list-row')]
      .map((r) => (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').replace(/\u00a0/g, ' ').trim()));
}

/**
 * Waits for the suggest widget to list `label`. With ask, opens it with Ctrl+Space at once (no
 * trigger character was typed); otherwise gives the trigger character a moment first. Asks again
 * while the widget stays closed. Returns the labels shown.
 */
export async function waitForSuggestion(page, label, { ask = false, timeout = 20_000 } = {}) {
  const start = Date.now();
  let lastAsk = ask ? 0 : start;
  let labels = [];
  while (Date.now() - start < timeout) {
    labels = await suggestLabels(page);
    if (labels.includes(label)) return labels;
    const open = await page.locator('.editor-widget.suggest-widget.visible').count();
    if (!open && Date.now() - lastAsk > 1500) {
      await page.keyboard.press('Control+Space');
      lastAsk = Date.now();
    }
    await page.waitForTimeout(100); // poll interval
  }
  throw new Error(`completion list never showed "${label}"; it showed: ${labels.length ? labels.join(', ') : '(no list)'}`);
}

/** Rows of the Problems panel (their accessible labels: message, source, position). */
export async function problemRows(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((r) => (r.getAttribute('aria-label') || r.textContent || '').replace(/\u00a0/g, ' ')));
}
