import type { ReactNode } from 'react';
import './alert.css';

export interface AlertProps {
  variant?: 'error' | 'info' | 'success';
  title?: string;
  children?: ReactNode;
  className?: string;
}

/**
 * A message block. Errors are announced at once (role="alert"); other messages politely
 * (role="status").
 */
export function Alert({ variant = 'info', title, children, className }: AlertProps) {
  return (
    <div
      role={variant === 'error' ? 'alert' : 'status'}
      className={['alert', `alert--${variant}`, className].filter(Boolean).join(' ')}
    >
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
}
