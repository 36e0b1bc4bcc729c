import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '@/lib/api';
import { ProblemAlert } from './problem-alert';
import { SelectField } from './select-field';

const refusal = (status: number, extra: Partial<ProblemError> = {}) =>
  new ProblemError({ type: 'urn:parcours:problem:conflict', title: 'Refusé', status, issues: [], ...extra });

describe('ProblemAlert', () => {
  it('says the file was reloaded on a 412', () => {
    render(<ProblemAlert error={refusal(412)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Le dossier a changé entre-temps');
    expect(screen.getByRole('alert')).toHaveTextContent('il a été rechargé');
  });

  it("gives a refusal's detail, and lists the issues no field shows", () => {
    render(
      <ProblemAlert
        error={refusal(409, {
          detail: "La convention ne peut être signée avant le bilan social.",
          issues: [
            { field: 'signedOn', message: 'ne peut être dans le futur' },
            { field: 'needs', message: 'chaque domaine est requis' },
          ],
        })}
        fields={['signedOn']}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('La convention ne peut être signée avant le bilan social.');
    expect(alert).toHaveTextContent('needs : chaque domaine est requis');
    expect(alert).not.toHaveTextContent('ne peut être dans le futur');
  });
});

describe('SelectField', () => {
  it('shows the issues about its field next to it and describes the list with them', () => {
    render(
      <SelectField
        name="permits[0].permitType"
        label="Type de titre"
        options={[{ value: 'WORK', label: 'Travail' }]}
        placeholder="— Choisir —"
        value=""
        onChange={() => {}}
        issues={[
          { field: 'permits[0].permitType', message: 'est requis' },
          { field: 'lastName', message: 'est requis aussi' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Type de titre' });
    expect(select).toHaveAccessibleDescription('est requis');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('est requis aussi')).not.toBeInTheDocument();
  });
});
