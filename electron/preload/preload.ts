// Sandboxed preloads can require nothing but 'electron'; build/build-electron.mjs bundles this
// file with its imports into one CommonJS file and fails if anything else stays external.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { HOST_API_GLOBAL } from '../../shared/contracts/host-api';
import { createHostApiClient } from './host-api-client';

// Only these plain functions cross into the page; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  HOST_API_GLOBAL,
  createHostApiClient(
    (channel, request) => ipcRenderer.invoke(channel, request),
    (event, listener) => {
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(event, handler);
      return () => void ipcRenderer.off(event, handler);
    },
  ),
);
