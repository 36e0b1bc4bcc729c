import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress-bar';

describe('ProgressBar', () => {
  it('is a native progress bar named by its label, with its value in words', () => {
    render(
      <ProgressBar label="Citoyenneté" value={12} max={60} valueText="12 h sur 60 h">
        <p>Reste 48 h</p>
      </ProgressBar>,
    );
    const bar = screen.getByRole('progressbar', { name: 'Citoyenneté 12 h sur 60 h' });
    expect(bar).toHaveAttribute('value', '12');
    expect(bar).toHaveAttribute('max', '60');
    expect(bar).toHaveAttribute('aria-valuetext', '12 h sur 60 h');
    expect(screen.getByText('Reste 48 h')).toBeInTheDocument();
  });

  it('keeps the value within the bounds', () => {
    render(<ProgressBar label="Français" value={450} max={400} valueText="450 h sur 400 h" />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '400');
  });
});
