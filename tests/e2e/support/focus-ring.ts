import type { Page } from 'playwright-core';

/** The focused element's outline and the colour it stands against (the nearest opaque background behind it). */
export interface FocusRing {
  element: string;
  style: string;
  width: number;
  color: string;
  background: string;
}

export async function focusRing(page: Page): Promise<FocusRing> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    // An inset outline lies on the element's own background, an outer one on its parent's.
    let from: Element | null = parseFloat(style.outlineOffset) < 0 ? element : element.parentElement;
    let background = 'rgb(255, 255, 255)';
    for (; from; from = from.parentElement) {
      const color = getComputedStyle(from).backgroundColor;
      // A tint laid over what is behind it (a hovered or selected row) is not what the ring stands on alone.
      if (color.startsWith('rgb(')) {
        background = color;
        break;
      }
    }
    return {
      element: `${element.tagName} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}`,
      style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, background,
    };
  });
}

const channels = (rgb: string): number[] => (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);

/** WCAG's contrast ratio of two opaque sRGB colours ("rgb(r, g, b)"). */
export function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r = 0, g = 0, bl = 0] = channels(rgb).map((c) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}
