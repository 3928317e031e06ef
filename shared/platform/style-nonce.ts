/**
 * MUI styles through emotion, which adds <style> elements at run time. Rather than let the CSP
 * allow every inline style ('unsafe-inline'), index.html carries this placeholder in its CSP and
 * in a meta tag; whoever serves the page (app:// in Electron, the browser host's server) puts a
 * fresh random nonce in its place for each load, and the renderer gives it to emotion. A style
 * element injected by anything else has no nonce and is not applied.
 */
export const STYLE_NONCE_PLACEHOLDER = '__STYLE_NONCE__';
/** The meta tag the renderer reads the nonce from. */
export const STYLE_NONCE_META = 'style-nonce';

/** 128 random bits in base64, as CSP nonces are written. */
export function freshStyleNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** The page with a fresh nonce in place of every placeholder. */
export function withStyleNonce(html: string, nonce = freshStyleNonce()): string {
  return html.replaceAll(STYLE_NONCE_PLACEHOLDER, nonce);
}
