import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeadlineBadge } from './deadline-badge';

describe('DeadlineBadge', () => {
  it('says the state in words, with the days for a deadline due soon or passed', () => {
    const { rerender } = render(<DeadlineBadge state="ON_TIME" daysLeft={400} />);
    expect(screen.getByText('Dans les temps')).toHaveClass('deadline-badge--on-time');
    rerender(<DeadlineBadge state="DUE_SOON" daysLeft={9} />);
    expect(screen.getByText('Bientôt dû (J-9)')).toHaveClass('deadline-badge--due-soon');
    rerender(<DeadlineBadge state="OVERDUE" daysLeft={-4} />);
    expect(screen.getByText('En retard de 4 j')).toHaveClass('deadline-badge--overdue');
    rerender(<DeadlineBadge state="DONE" daysLeft={-30} />);
    expect(screen.getByText('Fait')).toHaveClass('deadline-badge--done');
  });

  it('shows nothing without a state', () => {
    const { container } = render(<DeadlineBadge state={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
