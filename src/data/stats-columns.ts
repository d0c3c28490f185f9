/**
 * The columns of a statistics file: one row per place and year. The Chinese header is the template's header
 * row; a file may also use the English key or an alias. Explanations for people live in the locale files
 * (`import.column.<key>` and `import.column.<key>.help`).
 */

/** The counts, in template order. Each is a whole number ≥ 0; a row needs at least one. */
export const COUNT_KEYS = [
  'documents',
  'documentsPlanned',
  'meetings',
  'meetingsPlanned',
  'inspections',
  'workGroups',
  'documentsPrev',
  'meetingsPrev',
  'inspectionsPrev',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** Counts that a plan column divides; a plan of 0 is rejected so the share is never a division by zero. */
export const PLAN_OF = { documents: 'documentsPlanned', meetings: 'meetingsPlanned' } as const;
export type PlannedCount = keyof typeof PLAN_OF;
export const PLANNED_COUNTS = Object.keys(PLAN_OF) as PlannedCount[];

/** Counts with a last-year column in the same row. */
export const PREV_OF = {
  documents: 'documentsPrev',
  meetings: 'meetingsPrev',
  inspections: 'inspectionsPrev',
} as const satisfies Partial<Record<CountKey, CountKey>>;

/** The counts that are this year's own figures (not a plan, not last year's). */
export const CURRENT_COUNTS = [
  'documents',
  'documentsPlanned',
  'meetings',
  'meetingsPlanned',
  'inspections',
  'workGroups',
] as const satisfies readonly CountKey[];

export type ColumnKey = 'province' | 'city' | 'county' | 'year' | CountKey | 'note';
export type ColumnKind = 'province' | 'place' | 'year' | 'count' | 'text';

export type Column = {
  key: ColumnKey;
  /** The header the template writes. */
  header: string;
  kind: ColumnKind;
  required: boolean;
  /** Other headers accepted on import (the header and the key are always accepted). */
  aliases: readonly string[];
};

function count(key: CountKey, header: string, aliases: string[]): Column {
  return { key, header, kind: 'count', required: false, aliases };
}

export const COLUMNS: readonly Column[] = [
  {
    key: 'province',
    header: '省份',
    kind: 'province',
    required: true,
    aliases: ['省', '省区', '省区市', '省(区、市)', '省(区,市)', '省级', '省级行政区', '省份名称', 'prov'],
  },
  {
    key: 'city',
    header: '市',
    kind: 'place',
    required: false,
    aliases: ['地市', '城市', '市州', '市(州)', '地级市', '市名', 'prefecture'],
  },
  {
    key: 'county',
    header: '县',
    kind: 'place',
    required: false,
    aliases: ['区县', '县区', '县市区', '县(市、区)', '县(市,区)', '县级', '县级行政区', 'district'],
  },
  {
    key: 'year',
    header: '年份',
    kind: 'year',
    required: true,
    aliases: ['年', '年度', '统计年份', '统计年度'],
  },
  count('documents', '发文数', ['发文', '发文数量', '发文件数', '文件数', 'docs']),
  count('documentsPlanned', '发文计划数', ['发文计划', '计划发文数', '发文计划数量', 'documents planned']),
  count('meetings', '会议数', ['会议', '会议数量', '开会数']),
  count('meetingsPlanned', '会议计划数', ['会议计划', '计划会议数', '会议计划数量', 'meetings planned']),
  count('inspections', '督查检查考核事项数', [
    '督查检查考核事项',
    '督查检查考核数',
    '督查检查考核',
    '督检考事项数',
    '督检考',
  ]),
  count('workGroups', '工作群数', ['工作群', '政务工作群数', '工作群数量', 'work groups']),
  count('documentsPrev', '上年发文数', [
    '上年发文',
    '去年发文数',
    '上年同期发文数',
    'documents previous year',
  ]),
  count('meetingsPrev', '上年会议数', ['上年会议', '去年会议数', '上年同期会议数', 'meetings previous year']),
  count('inspectionsPrev', '上年督查检查考核事项数', [
    '上年督查检查考核事项',
    '上年督查检查考核数',
    '去年督查检查考核事项数',
    'inspections previous year',
  ]),
  {
    key: 'note',
    header: '备注',
    kind: 'text',
    required: false,
    aliases: ['说明', 'notes', 'remark', 'remarks'],
  },
];

export const COLUMN_BY_KEY = new Map(COLUMNS.map((c) => [c.key, c])) as ReadonlyMap<ColumnKey, Column>;

export function columnOf(key: ColumnKey): Column {
  const column = COLUMN_BY_KEY.get(key);
  if (!column) throw new Error(`unknown column ${key}`);
  return column;
}

export const REQUIRED_KEYS = COLUMNS.filter((c) => c.required).map((c) => c.key);

/**
 * Brings a header to the form the lookup uses: NFKC turns full-width letters, digits and brackets into
 * ASCII (Excel users type （） as often as ()); zero-width characters go; case, spaces, underscores and hyphens do not matter, so
 * "Documents Planned", "documents_planned" and "documentsPlanned" are one header.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .toLowerCase()
    .replace(/[\s_\-–—]+/g, '');
}

const headerIndex = new Map<string, ColumnKey>();
for (const c of COLUMNS) {
  for (const form of [c.header, c.key, ...c.aliases]) headerIndex.set(normalizeHeader(form), c.key);
}

// A unit in brackets after a header ("发文数（件）", "会议数(次)") is common in hand-made sheets.
const TRAILING_UNIT = /\([^()]{1,4}\)$/;

/** The column a header in a file stands for, or undefined for a header the format does not know. */
export function resolveHeader(header: string): ColumnKey | undefined {
  const key = normalizeHeader(header);
  const found = headerIndex.get(key);
  if (found) return found;
  return TRAILING_UNIT.test(key) ? headerIndex.get(key.replace(TRAILING_UNIT, '')) : undefined;
}
