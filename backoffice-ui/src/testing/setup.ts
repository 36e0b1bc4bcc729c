import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { setLanguage } from '@/lib/i18n';

// Generous waits for findBy*: a loaded CI machine renders the first route slowly.
configure({ asyncUtilTimeout: 4000 });

beforeEach(() => {
  // Absent in the few tests that run in Node rather than jsdom (src/lib/api/schema.test.ts).
  globalThis.sessionStorage?.clear();
  globalThis.localStorage?.clear();
  setLanguage('fr');
});

afterEach(() => {
  cleanup();
});
