import type { Theme } from '@mui/material';

/**
 * The focus mark: a solid 2-pixel outline in the primary colour wherever focus is visible (WCAG
 * 2.4.7), not MUI's faint ripple. The primary colour keeps 3:1 and more against the page, the
 * paper and the tiles in both schemes (1.4.11): light #0f5c8c on white is 7.1:1, dark #7cc4f2 on
 * #1b1e22 is 9:1. Controls that fill their own box (buttons) get it outside, with a gap; those
 * that sit edge to edge in a list, a tab bar, a scroll box or a card (clipped outside) inside.
 */
const ring = (theme: Theme, offset: number) => ({ outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: offset });
const outside = ({ theme }: { theme: Theme }) => ({ '&.Mui-focusVisible': ring(theme, 2) });
const inside = ({ theme }: { theme: Theme }) => ({ '&.Mui-focusVisible': ring(theme, -2) });

export const focusRingComponents = {
  MuiButtonBase: { styleOverrides: { root: outside } },
  MuiCardActionArea: { styleOverrides: { root: inside, focusHighlight: { display: 'none' } } },
  MuiListItemButton: { styleOverrides: { root: inside } },
  MuiMenuItem: { styleOverrides: { root: inside } },
  MuiTab: { styleOverrides: { root: inside } },
  // The pulse on focus is the ripple's; the outline says it.
  MuiButton: { defaultProps: { disableElevation: true, focusRipple: false } },
  MuiIconButton: { defaultProps: { focusRipple: false } },
  MuiLink: { styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '&:focus-visible': ring(theme, 2) }) } },
  // Headings and panels that take focus after a navigation (tabIndex -1), and plain links.
  MuiCssBaseline: {
    styleOverrides: (theme: Theme) => ({ 'h1[tabindex="-1"]:focus-visible, h2[tabindex="-1"]:focus-visible, section[tabindex="-1"]:focus-visible, a:focus-visible': ring(theme, 2) }),
  },
  MuiDataGrid: {
    styleOverrides: {
      root: ({ theme }: { theme: Theme }) => ({
        '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within, & .MuiDataGrid-columnHeader:focus, & .MuiDataGrid-columnHeader:focus-within':
          ring(theme, -2),
      }),
    },
  },
} as const;
