import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { type ProblemIssue } from '@/lib/api';
import { FieldFrame, useFieldState } from './field-frame';
import './combobox.css';

export interface ComboboxOption {
  /** What the form sends: a code ("SY", "62063", "ILI-LIEGE"). */
  value: string;
  /** What the user reads and types: a name ("Syrie", "Liège (62063)"). */
  label: string;
  /** Other words that find it (postal codes, the code itself). */
  keywords?: string;
}

export interface ComboboxProps {
  /** The request property it fills; a problem issue whose `field` equals it is shown here. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: readonly ComboboxOption[];
  /** The chosen option's value, '' when none. */
  value: string;
  onChange: (value: string) => void;
  issues?: readonly ProblemIssue[];
  id?: string;
  required?: boolean;
  disabled?: boolean;
  /** Said when the typed words find nothing. */
  noMatch: string;
  /** How many options the list shows at most (the first ones found). */
  limit?: number;
}

/** Lower case, without accents or surrounding spaces: "Liège " and "liege" are the same words. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** The options whose label, value or keywords contain every typed word; those whose label starts with it first. */
export function matchingOptions(options: readonly ComboboxOption[], typed: string): ComboboxOption[] {
  const words = normalise(typed).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  const found = options.filter((option) => {
    const haystack = normalise(`${option.label} ${option.value} ${option.keywords ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
  const first = normalise(typed);
  return [
    ...found.filter((option) => normalise(option.label).startsWith(first)),
    ...found.filter((option) => !normalise(option.label).startsWith(first)),
  ];
}

/**
 * A field that chooses one of many by name: the user types part of a name (or a code, or a postal code), the list
 * offers what matches, arrows and Enter or a click choose, Escape closes. The ARIA 1.2 combobox pattern (an input
 * with a listbox popup and an active descendant), so that screen readers announce the options.
 */
export function Combobox({
  name,
  label,
  hint,
  options,
  value,
  onChange,
  issues,
  id,
  required,
  disabled,
  noMatch,
  limit = 50,
}: ComboboxProps) {
  const field = useFieldState(name, issues, id, Boolean(hint));
  const listId = useId();
  const selected = options.find((option) => option.value === value);
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = typed ?? selected?.label ?? value;
  const shown = useMemo(() => matchingOptions(options, typed ?? '').slice(0, limit), [options, typed, limit]);

  const choose = (option: ComboboxOption) => {
    onChange(option.value);
    setTyped(null);
    setOpen(false);
  };
  /** Leaving the field: an empty field clears the choice; the name of one option (or the only match) chooses it. */
  const settle = () => {
    setOpen(false);
    if (typed === null) return;
    if (normalise(typed) === '') {
      onChange('');
      setTyped(null);
      return;
    }
    const exact = options.find(
      (option) => normalise(option.label) === normalise(typed) || normalise(option.value) === normalise(typed),
    );
    const only = shown.length === 1 ? shown[0] : undefined;
    const chosen = exact ?? only;
    if (chosen) onChange(chosen.value);
    setTyped(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((old) => (shown.length === 0 ? 0 : (old + step + shown.length) % shown.length));
    } else if (event.key === 'Enter' && open) {
      // Enter chooses the option shown as active instead of sending the form.
      event.preventDefault();
      const option = shown[active];
      if (option) choose(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setTyped(null);
    }
  };
  const activeId = open && shown[active] ? `${listId}-${active}` : undefined;
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <div className="combobox">
        <input
          id={field.id}
          name={name}
          className="form-field__input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeId}
          required={required}
          disabled={disabled}
          value={text}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={settle}
          {...field.controlProps}
        />
        {/* Named by the field's label only while shown, so that the label names one control when the list is closed. */}
        <ul
          id={listId}
          role="listbox"
          className="combobox__list"
          hidden={!open}
          aria-labelledby={open ? field.labelId : undefined}
        >
          {shown.map((option, index) => (
            <li
              key={option.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={['combobox__option', index === active && 'combobox__option--active'].filter(Boolean).join(' ')}
              // Chosen on mouse down, before the input's blur settles the typed text.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
            >
              {option.label}
            </li>
          ))}
          {shown.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="combobox__none">
              {noMatch}
            </li>
          )}
        </ul>
      </div>
    </FieldFrame>
  );
}
