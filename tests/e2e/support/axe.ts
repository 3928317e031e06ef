import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Puts axe-core into the page (once per page load); evaluated, as the app's CSP refuses inline scripts. */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}

/**
 * axe-core's violations on the page as it stands (WCAG 2.x A and AA, and axe's best practices), one line each.
 * It first lets every CSS transition end: a button enabled a moment ago (its count just arrived) fades
 * from its disabled colours, and axe would judge the contrast of a colour half-way.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await page.evaluate(async () => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (;;) {
      const transitions = document.getAnimations().filter((a) => a instanceof CSSTransition);
      if (!transitions.length) break;
      await Promise.allSettled(transitions.map((a) => a.finished));
      await nextFrame();
    }
    return (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe
      .run(document, { resultTypes: ['violations'] });
  });
  return results.violations.map((v: Result) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).join(' | ')}`);
}
