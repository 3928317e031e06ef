// MSAL's network client for unit tests, and a "browser" for the sign-in: both over Node's https,
// trusting the test authority's certificate (and nothing else beyond the system's). The app itself
// uses MSAL's own client; the browser host's e2e trusts the certificate with NODE_EXTRA_CA_CERTS.
import https from 'node:https';
import http from 'node:http';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

function send<T>(url: string, method: 'GET' | 'POST', ca: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method, ca, headers: options?.headers ?? {} }, (response) => {
      let text = '';
      response.on('data', (d: Buffer) => (text += d.toString()));
      response.on('end', () => resolve({
        status: response.statusCode ?? 0,
        headers: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, String(v)])),
        body: (text ? JSON.parse(text) : {}) as T,
      }));
    });
    request.on('error', reject);
    request.end(options?.body);
  });
}

export const trustingNetworkClient = (ca: string): INetworkModule => ({
  sendGetRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>(url, 'GET', ca, options),
  sendPostRequestAsync: <T>(url: string, options?: NetworkRequestOptions) => send<T>(url, 'POST', ca, options),
});

/**
 * What the person's browser does with a sign-in URL against the test authority: opens it, follows
 * the authority's redirect to the app's loopback address, and loads that page. Returns what it showed.
 */
export async function browse(url: string, ca: string): Promise<string> {
  const get = (target: string) => new Promise<{ status: number; location?: string; text: string }>((resolve, reject) => {
    const client = target.startsWith('https:') ? https : http;
    const request = client.get(target, target.startsWith('https:') ? { ca } : {}, (response) => {
      let text = '';
      response.on('data', (d: Buffer) => (text += d.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, text }));
    });
    request.on('error', reject);
  });
  let answer = await get(url);
  for (let hops = 0; answer.location && hops < 5; hops++) answer = await get(new URL(answer.location, url).href);
  return answer.text;
}
