import { createTheme } from '@mui/material';

export const theme = createTheme({
  palette: { primary: { main: '#0f5c8c' }, background: { default: '#f5f7fa' } },
  components: {
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiButton: { defaultProps: { disableElevation: true } },
  },
});
