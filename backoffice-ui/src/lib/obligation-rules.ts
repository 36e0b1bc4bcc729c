import { hasMessage, translate, type Language, type MessageKey } from '@/lib/i18n';

/** One line of a verdict's explanation, as the API sends it (its texts are the rules engine's, in English). */
export interface RuleTrace {
  rule?: string;
  provision?: string;
  legalSource?: string;
  facts?: Record<string, string>;
}

/**
 * The provision and its legal source in the interface language: the catalogues hold them by the rule's code (and, for
 * the deadline, by its regime); a code the catalogues do not know shows the engine's text as it came.
 */
export function describeRule(trace: RuleTrace, language: Language): { provision: string; legalSource: string } {
  const rule = trace.rule ?? '';
  if (rule === 'DEADLINE') {
    const regime = trace.facts?.regime ?? '';
    const months = trace.facts?.months;
    const sourceKey = `obligationRules.DEADLINE.${regime}`;
    return {
      provision: months
        ? translate(language, 'obligationRules.DEADLINE.provision', { months })
        : (trace.provision ?? ''),
      legalSource: hasMessage(language, sourceKey)
        ? translate(language, sourceKey as MessageKey)
        : (trace.legalSource ?? ''),
    };
  }
  const provisionKey = `obligationRules.${rule}.provision`;
  if (!rule || !hasMessage(language, provisionKey)) {
    return { provision: trace.provision ?? '', legalSource: trace.legalSource ?? '' };
  }
  return {
    provision: translate(language, provisionKey as MessageKey),
    legalSource: translate(language, `obligationRules.${rule}.legalSource` as MessageKey),
  };
}
