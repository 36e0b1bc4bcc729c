import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FormField } from './form-field';

describe('FormField', () => {
  const issues = [
    { field: 'username', message: "L'identifiant est obligatoire." },
    { field: 'password', message: 'Le mot de passe est obligatoire.' },
    { message: 'La requête est incomplète.' },
  ];

  it('shows next to the field the problem issue whose field matches its name', () => {
    render(<FormField name="username" label="Identifiant" issues={issues} />);

    const input = screen.getByLabelText('Identifiant');
    expect(input).toHaveAttribute('name', 'username');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription("L'identifiant est obligatoire.");
    expect(screen.queryByText('Le mot de passe est obligatoire.')).not.toBeInTheDocument();
    expect(screen.queryByText('La requête est incomplète.')).not.toBeInTheDocument();
  });

  it('is neither invalid nor described by an error without a matching issue', () => {
    render(<FormField name="username" label="Identifiant" hint="Votre adresse e-mail professionnelle" issues={[]} />);

    const input = screen.getByLabelText('Identifiant');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription('Votre adresse e-mail professionnelle');
  });
});
