import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../test/render';
import { useGlobalFilters } from './use-global-filters';
import { useLanguage } from './use-language';
import { useViewPreferences } from './use-view-preferences';

/** Three setters of three hooks, called in one go, as a shortcut or a restored view would. */
function ChangeEverything() {
  const { setRegion, setPeriod } = useGlobalFilters();
  const { setLanguage } = useLanguage();
  const { setTheme } = useViewPreferences();
  return (
    <button
      type="button"
      onClick={() => {
        setRegion('330681');
        setLanguage('en');
        setPeriod('2023H1');
        setTheme('dark');
      }}
    >
      change
    </button>
  );
}

describe('useSearchUpdate', () => {
  it('lands every change of several setters made in a row, whichever hook makes it', async () => {
    const { router } = renderAt('/economy?illustrative=hide', <ChangeEverything />);
    fireEvent.click(await screen.findByRole('button', { name: 'change' }));
    await waitFor(() => {
      const search = new URLSearchParams(router.state.location.search);
      expect(Object.fromEntries(search)).toEqual({
        illustrative: 'hide',
        region: '330681',
        lang: 'en',
        period: '2023H1',
        theme: 'dark',
      });
    });
  });
});
