import { describe, expect, it } from 'vitest';
import { listenForRedirect, SignInTimedOut } from '../../electron/connector/loopback-listener';

// The sign-in's loopback redirect: one answer with this sign-in's state, then closed; bounded in
// time and in what it reads; nothing but its root answered.

const page = (outcome: string) => `<p>${outcome}</p>`;
const local = (redirectUri: string) => redirectUri.replace('localhost', '127.0.0.1');

describe('the loopback listener', () => {
  it('takes the code with this sign-in\'s state, ignores answers with another, then closes', async () => {
    const listener = await listenForRedirect({ state: 's-1', timeoutMs: 60_000, page });
    expect(listener.redirectUri).toMatch(/^http:\/\/localhost:\d+\/$/);
    const base = local(listener.redirectUri);
    expect((await fetch(`${base}favicon.ico`)).status).toBe(404);
    expect((await fetch(`${base}?code=stolen&state=other`)).status).toBe(400);
    expect((await fetch(`${base}?code=a&state=s-1&state=s-1`)).status).toBe(400);
    const answered = await fetch(`${base}?code=the-code&state=s-1`);
    expect(answered.status).toBe(200);
    expect(answered.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(await answered.text()).toContain('signedIn');
    await expect(listener.answer).resolves.toEqual({ code: 'the-code' });
    await expect(fetch(`${base}?code=again&state=s-1`)).rejects.toThrow();
  });

  it('takes a form post too, and the authority\'s error in words', async () => {
    const listener = await listenForRedirect({ state: 's-2', timeoutMs: 60_000, page });
    const posted = await fetch(local(listener.redirectUri), {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ error: 'access_denied', error_description: 'The user canceled.', state: 's-2' }).toString(),
    });
    expect(await posted.text()).toContain('failed');
    await expect(listener.answer).resolves.toEqual({ error: 'access_denied', description: 'The user canceled.' });
  });

  it('refuses a body larger than a form of a code, and keeps waiting', async () => {
    const listener = await listenForRedirect({ state: 's-3', timeoutMs: 60_000, page });
    const huge = await fetch(local(listener.redirectUri), {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `state=s-3&code=${'x'.repeat(64 * 1024)}`,
    }).then((r) => r.status, () => 'dropped');
    expect([413, 'dropped']).toContain(huge);
    expect((await fetch(`${local(listener.redirectUri)}?code=c&state=s-3`)).status).toBe(200);
    await expect(listener.answer).resolves.toEqual({ code: 'c' });
  });

  it('gives up after its time limit and closes', async () => {
    const listener = await listenForRedirect({ state: 's-4', timeoutMs: 50, page });
    await expect(listener.answer).rejects.toBeInstanceOf(SignInTimedOut);
    await expect(fetch(`${local(listener.redirectUri)}?code=c&state=s-4`)).rejects.toThrow();
  });
});
