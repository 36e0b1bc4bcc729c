export { Alert, type AlertProps } from './alert';
export { Button, type ButtonProps } from './button';
export { FormField, type FormFieldProps } from './form-field';
export { LanguageSwitcher } from './language-switcher';
export { Layout, type LayoutProps, type LayoutUser } from './layout';
export { Shell } from './shell';
