import { Component, type ReactNode } from 'react';
import { Alert, AlertTitle, Button } from '@mui/material';
import { withTranslation, type WithTranslation } from 'react-i18next';
import { describeError } from '../../shared/platform/storage-errors';

interface Props extends WithTranslation {
  children: ReactNode;
}

/**
 * A screen that fails to render (a record shaped in a way nobody foresaw) shows a message in words
 * in its place, never a blank window or a JavaScript error; the rest of the app goes on. The raw
 * error goes to the developer log. Keyed by screen, so opening another screen starts afresh.
 */
class Boundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(`A screen could not be shown: ${describeError(error)}`);
  }

  override render(): ReactNode {
    const { t, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <Alert severity="error" action={<Button color="inherit" onClick={() => this.setState({ failed: false })}>{t('app.tryAgain')}</Button>}>
        <AlertTitle>{t('app.screenFailedTitle')}</AlertTitle>
        {t('app.screenFailed')}
      </Alert>
    );
  }
}

export const ScreenErrorBoundary = withTranslation()(Boundary);
