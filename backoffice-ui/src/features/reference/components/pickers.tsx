import { useMemo, type ReactNode } from 'react';
import { Combobox, type ComboboxOption } from '@/components';
import type { ProblemIssue } from '@/lib/api';
import type { Axis, Commune } from '@/lib/api/types';
import { useTranslation } from '@/lib/i18n';
import { useCommunes, useCountries, useLanguages, useOperatorsFor } from '../api/reference';

export interface PickerProps {
  /** The request property it fills (an error summary finds the field by it). */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The code chosen, '' when none. */
  value: string;
  onChange: (value: string) => void;
  issues?: readonly ProblemIssue[];
  id?: string;
  required?: boolean;
  disabled?: boolean;
}

/** A commune as the pickers and the pages write it: "Liège (62063)". */
export function communeLabel(commune: Pick<Commune, 'name' | 'nisCode'>): string {
  return `${commune.name ?? ''} (${commune.nisCode ?? ''})`;
}

export function communeOptions(communes: readonly Commune[]): ComboboxOption[] {
  return communes.map((commune) => ({
    value: commune.nisCode ?? '',
    label: communeLabel(commune),
    keywords: (commune.postalCodes ?? []).join(' '),
  }));
}

function Picker({ options, ...props }: PickerProps & { options: readonly ComboboxOption[] }) {
  const { t } = useTranslation();
  return <Combobox {...props} options={options} noMatch={t('forms.picker.noMatch')} />;
}

/** A nationality, chosen by the country's name ("Syrie"); sends its ISO code. */
export function CountryPicker(props: PickerProps) {
  const { data } = useCountries();
  const options = useMemo(
    () => (data ?? []).map((country) => ({ value: country.code, label: country.name, keywords: country.code })),
    [data],
  );
  return <Picker {...props} options={options} />;
}

/** A language, chosen by its name ("Arabe"); sends its ISO 639 code. */
export function LanguagePicker(props: PickerProps) {
  const { data } = useLanguages();
  const options = useMemo(
    () => (data ?? []).map((language) => ({ value: language.code, label: language.name, keywords: language.code })),
    [data],
  );
  return <Picker {...props} options={options} />;
}

/** A Walloon commune, found by its name or a postal code, shown "Liège (62063)"; sends its NIS code. */
export function CommunePicker(props: PickerProps) {
  const { data } = useCommunes();
  const options = useMemo(() => communeOptions(data ?? []), [data]);
  return <Picker {...props} options={options} />;
}

/**
 * An operator for an enrolment on `axis`: the active ones recognised for it and, with `cri`, whose premises lie in
 * that CRI's territory; chosen by name, sends its code.
 */
export function OperatorPicker({ axis, cri, ...props }: PickerProps & { axis: Axis; cri?: string }) {
  const { data } = useOperatorsFor(axis, cri);
  const options = useMemo(
    () =>
      (data ?? []).map((operator) => ({
        value: operator.code ?? '',
        label: operator.name ?? operator.code ?? '',
        keywords: `${operator.code ?? ''} ${operator.address?.locality ?? ''}`,
      })),
    [data],
  );
  return <Picker {...props} options={options} />;
}

/**
 * The names of the codes a record holds, for the pages that show it: each falls back to the code while the names
 * load (or for a code they do not know).
 */
export function useReferenceNames() {
  const countries = useCountries().data;
  const languages = useLanguages().data;
  const communes = useCommunes().data;
  return useMemo(() => {
    const byCode = <T,>(
      items: readonly T[] | undefined,
      code: (item: T) => string | undefined,
      name: (item: T) => string | undefined,
    ) => new Map((items ?? []).map((item) => [code(item) ?? '', name(item) ?? '']));
    const countryNames = byCode(
      countries,
      (country) => country.code,
      (country) => country.name,
    );
    const languageNames = byCode(
      languages,
      (language) => language.code,
      (language) => language.name,
    );
    const communeNames = byCode(
      communes,
      (commune) => commune.nisCode,
      (commune) => commune.name,
    );
    const lookup = (names: Map<string, string>) => (code: string | null | undefined) =>
      code ? (names.get(code) ?? code) : '';
    return { country: lookup(countryNames), language: lookup(languageNames), commune: lookup(communeNames) };
  }, [countries, languages, communes]);
}
