import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '@/lib/api';
import { FormField } from './form-field';
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

  it("gives a refusal's detail, each field's issue as a link to the field, and never a field's request name", async () => {
    const user = userEvent.setup();
    render(
      <>
        <ProblemAlert
          error={refusal(409, {
            detail: 'La convention ne peut être signée avant le bilan social.',
            issues: [
              { field: 'signedOn', message: 'ne peut être dans le futur' },
              { field: 'needs', message: 'chaque domaine est requis' },
            ],
          })}
          fields={['signedOn']}
        />
        <form>
          <FormField name="signedOn" label="Signée le" value="" onChange={() => {}} />
        </form>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('La convention ne peut être signée avant le bilan social.');
    expect(alert).toHaveTextContent('chaque domaine est requis');
    expect(alert).not.toHaveTextContent('needs');
    await user.click(screen.getByRole('link', { name: 'Signée le : ne peut être dans le futur' }));
    expect(screen.getByRole('textbox', { name: 'Signée le' })).toHaveFocus();
  });

  it('takes the focus again at each new refusal, not at each render', () => {
    const first = refusal(409, { detail: 'Refusé une fois.' });
    const { rerender } = render(
      <>
        <ProblemAlert error={first} />
        <button type="button">Envoyer</button>
      </>,
    );
    const button = screen.getByRole('button', { name: 'Envoyer' });
    button.focus();
    rerender(
      <>
        <ProblemAlert error={first} />
        <button type="button">Envoyer</button>
      </>,
    );
    expect(button).toHaveFocus();
    rerender(
      <>
        <ProblemAlert error={refusal(409, { detail: 'Refusé deux fois.' })} />
        <button type="button">Envoyer</button>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveFocus();
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
