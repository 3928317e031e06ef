import { useEffect, useState } from 'react';
import { useServices } from '../hq/hq-context';

/** The user edits and notes are recorded under: the OS user on the desktop, the browser host's named user in a browser. */
export function useUserName(): string {
  const { host } = useServices();
  const [user, setUser] = useState('Administrator');
  useEffect(() => void host.getAppInfo().then((info) => setUser(info.user)), [host]);
  return user;
}
