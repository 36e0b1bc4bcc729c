import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Combobox, matchingOptions, type ComboboxOption } from './combobox';

const COMMUNES: ComboboxOption[] = [
  { value: '62063', label: 'Liège (62063)', keywords: '4000 4020 4030' },
  { value: '92094', label: 'Namur (92094)', keywords: '5000 5001' },
  { value: '61012', label: 'Héron (61012)', keywords: '4217 4218' },
];

function Commune({ onSubmit = () => {} }: { onSubmit?: () => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Combobox
        name="communeNis"
        label="Commune"
        options={COMMUNES}
        value={value}
        onChange={setValue}
        noMatch="Aucun résultat"
      />
      <output data-testid="value">{value}</output>
      <button type="submit">Envoyer</button>
    </form>
  );
}

describe('matchingOptions', () => {
  it('finds by name without accents or case, by code and by keyword, names starting with the words first', () => {
    expect(matchingOptions(COMMUNES, 'heron').map((option) => option.value)).toEqual(['61012']);
    expect(matchingOptions(COMMUNES, '4020').map((option) => option.value)).toEqual(['62063']);
    expect(matchingOptions(COMMUNES, '92094').map((option) => option.value)).toEqual(['92094']);
    expect(matchingOptions(COMMUNES, 'u').map((option) => option.value)).toEqual(['92094']);
    expect(matchingOptions(COMMUNES, 'n').map((option) => option.value)).toEqual(['92094', '61012']);
    expect(matchingOptions(COMMUNES, 'h').map((option) => option.value)).toEqual(['61012']);
    expect(matchingOptions(COMMUNES, '  ')).toHaveLength(3);
  });
});

describe('Combobox', () => {
  it('chooses by name with the arrows and Enter, and Enter does not send the form', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Commune onSubmit={onSubmit} />);
    const input = screen.getByRole('combobox', { name: 'Commune' });
    await user.type(input, 'na');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listbox', { name: 'Commune' })).toBeInTheDocument();
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Namur (92094)']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByTestId('value')).toHaveTextContent('92094');
    expect(input).toHaveValue('Namur (92094)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('finds a commune by postal code and chooses it on a click', async () => {
    const user = userEvent.setup();
    render(<Commune />);
    await user.type(screen.getByRole('combobox', { name: 'Commune' }), '4000');
    await user.click(screen.getByRole('option', { name: 'Liège (62063)' }));
    expect(screen.getByTestId('value')).toHaveTextContent('62063');
  });

  it('marks the active option for screen readers as the arrows move', async () => {
    const user = userEvent.setup();
    render(<Commune />);
    const input = screen.getByRole('combobox', { name: 'Commune' });
    await user.click(input);
    await user.keyboard('{ArrowDown}');
    const first = screen.getAllByRole('option')[0];
    expect(input).toHaveAttribute('aria-activedescendant', first?.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[1]?.id);
  });

  it('on leaving, takes a code or the only match, clears on an empty field, and otherwise keeps the choice', async () => {
    const user = userEvent.setup();
    render(<Commune />);
    const input = screen.getByRole('combobox', { name: 'Commune' });
    await user.type(input, '62063');
    await user.tab();
    expect(screen.getByTestId('value')).toHaveTextContent('62063');
    await user.clear(input);
    await user.type(input, 'nowhere');
    expect(screen.getByRole('option', { name: 'Aucun résultat' })).toBeInTheDocument();
    await user.tab();
    expect(screen.getByTestId('value')).toHaveTextContent('62063');
    expect(input).toHaveValue('Liège (62063)');
    await user.clear(input);
    await user.tab();
    expect(screen.getByTestId('value')).toHaveTextContent('');
  });

  it('closes on Escape and goes back to the chosen name', async () => {
    const user = userEvent.setup();
    render(<Commune />);
    const input = screen.getByRole('combobox', { name: 'Commune' });
    await user.type(input, 'lie');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('');
  });

  it('shows the issues about its field and describes itself with them', () => {
    render(
      <Combobox
        name="communeNis"
        label="Commune"
        options={COMMUNES}
        value=""
        onChange={() => {}}
        noMatch="Aucun résultat"
        issues={[{ field: 'communeNis', message: 'obligatoire' }]}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Commune' })).toHaveAccessibleDescription('obligatoire');
  });
});
