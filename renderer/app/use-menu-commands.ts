import { useEffect } from 'react';
import { useServices } from '../hq/hq-context';
import { useImportSession } from '../screens/import/import-session';
import { openScreen } from './screens';

/** The application menu's commands (Electron's File menu; the browser host has none). */
export function useMenuCommands(): void {
  const { host } = useServices();
  const { requestPicker } = useImportSession();
  useEffect(() => host.onMenuCommand((command) => {
    switch (command) {
      case 'import':
        openScreen('import');
        requestPicker();
        break;
    }
  }), [host, requestPicker]);
}
