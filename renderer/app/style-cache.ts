import createCache, { type EmotionCache } from '@emotion/cache';
import { STYLE_NONCE_META } from '../../shared/platform/style-nonce';

/** The nonce whoever served the page gave it (shared/platform/style-nonce.ts). */
export const pageStyleNonce = (): string | undefined => document.querySelector<HTMLMetaElement>(`meta[name="${STYLE_NONCE_META}"]`)?.content;

/**
 * Emotion's cache carrying the page's style nonce, so the <style> elements MUI adds are the only
 * inline styles the CSP lets through.
 */
export const nonceStyleCache = (nonce: string | undefined): EmotionCache => createCache({ key: 'css', nonce });
