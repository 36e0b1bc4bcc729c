export { Alert, type AlertProps } from './alert';
export { Button, type ButtonProps } from './button';
export { FormField, type FormFieldProps } from './form-field';
export { LanguageSwitcher, type LanguageSwitcherProps } from './language-switcher';
export { Layout, type LayoutProps, type LayoutUser } from './layout';
export { Shell } from './shell';
export { ErrorSummary, type ErrorSummaryProps } from './error-summary';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './radio-group';
export { PublicShell } from './public-shell';
