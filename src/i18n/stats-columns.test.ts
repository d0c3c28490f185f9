import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../data/stats-columns';
import { LOCALES, messagesOf, type MessageKey } from './i18n';

describe('statistics columns in every locale', () => {
  it.each(LOCALES)('has a name and a one-line explanation in %s', (locale) => {
    const messages = messagesOf(locale);
    for (const c of COLUMNS) {
      expect(messages[`import.column.${c.key}` as MessageKey], c.key).toBeTruthy();
      const help = messages[`import.column.${c.key}.help` as MessageKey];
      expect(help, c.key).toBeTruthy();
      expect(help).not.toContain('\n');
    }
  });
});
