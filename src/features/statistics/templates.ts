import { toCsv } from '../../data/csv';
import { translator, type Locale, type MessageKey } from '../../i18n/i18n';
import { COLUMNS } from '../../data/stats-columns';
import { MAX_IMPORT_BYTES } from './decode';
import { STATS_VERSION } from '../../data/stats-schema';

/** The place and year the template's one example row is filled with; its counts stay empty. */
export type TemplateExample = { province: string; year: number };

export const DEFAULT_EXAMPLE: TemplateExample = { province: '甘肃', year: 2024 };

/**
 * The CSV template as rows: the Chinese header row, then one row with only the place and year filled. No
 * figure is invented, so nothing in the template can be mistaken for a real count. Download it with
 * `downloadCsv(name, templateRows())` (src/data/csv.ts adds the BOM Excel needs).
 */
export function templateRows(example: TemplateExample = DEFAULT_EXAMPLE): string[][] {
  const header = COLUMNS.map((c) => c.header);
  const row = COLUMNS.map((c) =>
    c.key === 'province' ? example.province : c.key === 'year' ? String(example.year) : '',
  );
  return [header, row];
}

/** The CSV template as text (CRLF, no BOM). */
export function templateCsv(example: TemplateExample = DEFAULT_EXAMPLE): string {
  return toCsv(templateRows(example));
}

/** The JSON template: `{ "version": 1, "rows": [ { "省份": "甘肃", "年份": 2024, "发文数": null, … } ] }`. */
export function templateJson(example: TemplateExample = DEFAULT_EXAMPLE): string {
  const row = Object.fromEntries(
    COLUMNS.map((c) => [
      c.header,
      c.key === 'province' ? example.province : c.key === 'year' ? example.year : null,
    ]),
  );
  return `${JSON.stringify({ version: STATS_VERSION, rows: [row] }, null, 2)}\n`;
}

const RULES = [
  'import.template.rule.numbers',
  'import.template.rule.atLeastOne',
  'import.template.rule.planZero',
  'import.template.rule.duplicates',
  'import.template.rule.derived',
  'import.template.rule.levels',
] as const satisfies readonly MessageKey[];

/**
 * How to fill in the template, as plain text in one locale: every column with its header, key, whether it
 * is required and what it holds, then the rules the import checks. A CSV cannot carry this without
 * breaking its own format, so it is a separate text (a README beside the template, or the page's help).
 */
export function templateExplanation(locale: Locale): string {
  const t = translator(locale);
  const columns = COLUMNS.map((c) =>
    t('import.template.columnLine', {
      header: c.header,
      key: c.key,
      requirement: t(c.required ? 'import.template.required' : 'import.template.optional'),
      help: t(`import.column.${c.key}.help` as MessageKey),
    }),
  );
  const rules = [
    ...RULES.map((key) => t(key)),
    t('import.template.rule.limit', { limit: MAX_IMPORT_BYTES / (1024 * 1024) }),
  ];
  return [
    t('import.template.title'),
    '',
    t('import.template.intro'),
    t('import.template.example'),
    '',
    t('import.template.columnsHeading'),
    ...columns.map((line) => `- ${line}`),
    '',
    t('import.template.rulesHeading'),
    ...rules.map((line) => `- ${line}`),
    '',
  ].join('\n');
}
