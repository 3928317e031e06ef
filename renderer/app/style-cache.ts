import createCache, { type EmotionCache } from '@emotion/cache';
import { createTheme, type Theme } from '@mui/material';
import type {} from '@mui/x-data-grid/themeAugmentation';
import { STYLE_NONCE_META } from '../../shared/security/style-nonce';

/** The nonce whoever served the page gave it (shared/security/style-nonce.ts). */
export const pageStyleNonce = (): string | undefined => document.querySelector<HTMLMetaElement>(`meta[name="${STYLE_NONCE_META}"]`)?.content;

/**
 * Emotion's cache carrying the page's style nonce, so the <style> elements MUI adds are the only
 * inline styles the CSP lets through.
 */
export const nonceStyleCache = (nonce: string | undefined): EmotionCache => createCache({ key: 'css', nonce });

/** The theme with the nonce on the one component that renders <style> elements itself (the Data Grid's CSS variables). */
export const themeWithStyleNonce = (theme: Theme, nonce: string | undefined): Theme =>
  createTheme(theme, { components: { MuiDataGrid: { defaultProps: { nonce } } } });
