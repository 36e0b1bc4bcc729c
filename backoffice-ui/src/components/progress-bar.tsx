import { useId, type ReactNode } from 'react';
import './progress-bar.css';

export interface ProgressBarProps {
  label: ReactNode;
  value: number;
  max: number;
  /** What the numbers mean, in words ("12 h of 60 h"), read after the label. */
  valueText: string;
  /** Lines under the bar: what remains, the day it was done. */
  children?: ReactNode;
}

/** A labelled progress bar (native <progress>, so assistive technologies read its value). */
export function ProgressBar({ label, value, max, valueText, children }: ProgressBarProps) {
  const id = useId();
  const bounded = Math.min(Math.max(value, 0), Math.max(max, 0));
  return (
    <div className="progress-bar">
      <p className="progress-bar__label" id={`${id}-label`}>
        <span>{label}</span> <span className="progress-bar__value">{valueText}</span>
      </p>
      <progress
        className="progress-bar__bar"
        value={max > 0 ? bounded : 1}
        max={max > 0 ? max : 1}
        aria-labelledby={`${id}-label`}
        aria-valuetext={valueText}
      />
      {children && <div className="progress-bar__details">{children}</div>}
    </div>
  );
}
