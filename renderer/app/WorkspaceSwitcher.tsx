import { useState } from 'react';
import { Button, Divider, ListItemText, Menu, MenuItem } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useServices } from '../hq/hq-context';
import { useSwitchWorkspace } from '../screens/import/use-switch-workspace';
import { useWorkspaces } from '../screens/import/use-workspaces';
import { openScreen } from './screens';
import { workspaceName } from './workspace-name';

/** The app bar's workspace: which one is open, and a menu to switch to another or import a new one. */
export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const { workspace } = useServices();
  const workspaces = useWorkspaces();
  const switchTo = useSwitchWorkspace();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <Button color="inherit" aria-haspopup="menu" aria-expanded={anchor !== null} aria-controls={anchor ? 'workspace-menu' : undefined}
        aria-label={t('imports.switcher', { name: workspaceName(t, workspace) })} onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ textTransform: 'none', maxWidth: 420, justifyContent: 'flex-end' }}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{workspaceName(t, workspace)}</span>
      </Button>
      <Menu id="workspace-menu" anchorEl={anchor} open={anchor !== null} onClose={close}
        slotProps={{ list: { 'aria-label': t('imports.switcherMenu') } }}>
        {workspaces.map((w) => (
          <MenuItem key={w.id} selected={w.id === workspace.id} aria-current={w.id === workspace.id ? 'true' : undefined}
            onClick={() => {
              close();
              if (w.id !== workspace.id) void switchTo(w.id);
            }}>
            <ListItemText primary={workspaceName(t, w)} secondary={t(w.kind === 'demo' ? 'imports.demoKind' : 'imports.importKind')} />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={() => {
          close();
          openScreen('import');
        }}>{t('imports.importItem')}</MenuItem>
      </Menu>
    </>
  );
}
