import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import { testFigure } from '../../test/test-observation';
import { DataTable } from './data-table';

describe('a table cell of a revised figure', () => {
  it('carries the 修订 mark with the earlier value in its title; an unrevised cell has none', () => {
    const source = testFigure({}).source;
    render(
      <I18nextProvider i18n={i18n}>
        <DataTable
          caption="GDP"
          columns={[
            { id: 'region', label: '地区' },
            { id: 'gdp', label: 'GDP', numeric: true, figure: true },
          ]}
          rows={[
            {
              id: '330602',
              cells: {
                region: { text: '越城区' },
                gdp: {
                  text: '+5.2%',
                  status: 'published',
                  source,
                  earlier: [{ text: '+4.9%', release: 1, date: '2026-11-30' }],
                },
              },
            },
            {
              id: '330603',
              cells: { region: { text: '柯桥区' }, gdp: { text: '+6.0%', status: 'published', source } },
            },
          ]}
        />
      </I18nextProvider>,
    );
    const [revised, unrevised] = screen.getAllByRole('row').slice(1);
    expect(within(revised!).getByTestId('revised-marker')).toHaveAttribute(
      'title',
      '修订：第1版（2026-11-30）为 +4.9%',
    );
    expect(within(unrevised!).queryByTestId('revised-marker')).toBeNull();
  });
});
