import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { testFigure } from '../../../test/test-observation';
import { FigureCell } from './figure-cell';

describe('a headline figure a later release revised', () => {
  it('shows the 修订 mark beside its value, the earlier value in its title', async () => {
    const figure = testFigure({ value: 8.1, release: 1, revisions: [{ value: 7.8, release: 1, date: '2026-11-30' }] });
    renderAt('/overview', <FigureCell figure={figure} testId="cell" />);
    const cell = await screen.findByTestId('cell');
    expect(cell).toHaveTextContent('+8.1%');
    expect(within(cell).getByTestId('revised-marker')).toHaveAttribute('title', '修订：第1版（2026-11-30）为 +7.8%');
  });

  it('shows none for a figure never revised', async () => {
    renderAt('/overview', <FigureCell figure={testFigure({})} testId="cell" />);
    expect(within(await screen.findByTestId('cell')).queryByTestId('revised-marker')).toBeNull();
  });
});
