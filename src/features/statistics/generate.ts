import { toCsv } from '../../data/csv';
import { PROVINCES } from '../../data/provinces';
import { columnOf, type CountKey } from '../../data/stats-columns';
import { randomInt, seededRandom } from './prng';

/*
 * Invented files for the benchmark and the performance test: real province names, synthetic city and county
 * names (示例市01, 示例县0001), seeded random counts. Never shown as data.
 */

export const GENERATED_COUNTS = [
  'documents',
  'documentsPlanned',
  'meetings',
  'meetingsPlanned',
  'inspections',
  'workGroups',
] as const satisfies readonly CountKey[];

export const DEFAULT_GENERATED_YEARS: readonly number[] = Array.from({ length: 10 }, (_, i) => 2015 + i);
export const GENERATED_COUNTIES = 2900;
const COUNTIES_PER_CITY = 10;

export type GenerateOptions = {
  level: 'province' | 'county';
  years?: readonly number[];
  /** Counties in all (county level); default 2,900, about the number of county-level units in China. */
  counties?: number;
  seed?: number;
};

function countsFor(random: () => number, scale: number): number[] {
  const documents = randomInt(random, Math.round(20 * scale), Math.round(60 * scale));
  const meetings = randomInt(random, Math.round(10 * scale), Math.round(40 * scale));
  return [
    documents,
    Math.max(1, documents + randomInt(random, -5, 10)),
    meetings,
    Math.max(1, meetings + randomInt(random, -3, 8)),
    randomInt(random, 0, Math.round(10 * scale)),
    randomInt(random, 0, Math.round(20 * scale)),
  ];
}

/**
 * A CSV file (CRLF, no BOM) of invented counts: province level is 34 provinces × the years; county level is
 * `counties` counties spread over the 34 provinces × the years × 6 counts (about 170,000 values by default).
 */
export function generateCsv({
  level,
  years = DEFAULT_GENERATED_YEARS,
  counties = GENERATED_COUNTIES,
  seed = 1,
}: GenerateOptions): string {
  const random = seededRandom(seed);
  const countHeaders = GENERATED_COUNTS.map((k) => columnOf(k).header);
  if (level === 'province') {
    const rows = PROVINCES.flatMap((p) => years.map((year) => [p.short, year, ...countsFor(random, 50)]));
    return toCsv([[columnOf('province').header, columnOf('year').header, ...countHeaders], ...rows]);
  }
  const header = [columnOf('province').header, columnOf('city').header, columnOf('county').header];
  const rows: (string | number)[][] = [[...header, columnOf('year').header, ...countHeaders]];
  const perProvince = Math.floor(counties / PROVINCES.length);
  const extra = counties % PROVINCES.length;
  let county = 0;
  PROVINCES.forEach((p, pi) => {
    const n = perProvince + (pi < extra ? 1 : 0);
    for (let i = 0; i < n; i += 1) {
      county += 1;
      const city = `示例市${String(Math.floor(i / COUNTIES_PER_CITY) + 1).padStart(2, '0')}`;
      const name = `示例县${String(county).padStart(4, '0')}`;
      for (const year of years) rows.push([p.short, city, name, year, ...countsFor(random, 1)]);
    }
  });
  return toCsv(rows);
}
