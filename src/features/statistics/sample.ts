import { PROVINCES } from '../../data/provinces';
import { translator, type Locale } from '../../i18n/i18n';
import { createStatsDataset } from '../../data/stats-schema';
import { seededRandom } from './prng';
import type { StatsDataset, StatsRow } from '../../data/stats-schema';

/*
 * INVENTED NUMBERS. The sample shows what the import views look like with a file loaded; none of its figures
 * is a real statistic, it is always marked `synthetic: true`, and its name says so in every locale.
 */

export const SAMPLE_YEARS = [2020, 2021, 2022, 2023, 2024] as const;
export const SAMPLE_FILE_NAME = 'sample.json';
const SAMPLE_SEED = 20240601;

// The mainland units: the burden-reduction campaign's counts are theirs, so the sample leaves out
// Hong Kong, Macao and Taiwan rather than invent figures for them.
const SAMPLE_PROVINCES = PROVINCES.filter((p) => !['710000', '810000', '820000'].includes(p.code));

/** A falling series: a start value and a yearly fall of between `minFall` and `maxFall` (fractions). */
function falling(random: () => number, start: number, minFall: number, maxFall: number, n: number): number[] {
  const out = [start];
  for (let i = 1; i < n; i += 1) {
    const fall = minFall + random() * (maxFall - minFall);
    out.push(Math.max(1, Math.round((out[i - 1] ?? start) * (1 - fall))));
  }
  return out;
}

/** The sample rows: one per mainland province and sample year, the same on every call. */
export function sampleRows(): StatsRow[] {
  const random = seededRandom(SAMPLE_SEED);
  const n = SAMPLE_YEARS.length + 1; // one year before the first, for its last-year columns
  const rows: StatsRow[] = [];
  let line = 1;
  for (const p of SAMPLE_PROVINCES) {
    const size = 0.5 + random();
    const documents = falling(random, Math.round(900 * size), 0.04, 0.15, n);
    const meetings = falling(random, Math.round(500 * size), 0.03, 0.14, n);
    const inspections = falling(random, Math.round(120 * size), 0.08, 0.3, n);
    const workGroups = falling(random, Math.round(300 * size), 0.05, 0.25, n);
    SAMPLE_YEARS.forEach((year, i) => {
      const at = i + 1;
      const documentsNow = documents[at] ?? 1;
      const meetingsNow = meetings[at] ?? 1;
      line += 1;
      rows.push({
        line,
        province: p.code,
        year,
        documents: documentsNow,
        // Plans are caps: most years stay under them, some run a little over.
        documentsPlanned: Math.max(1, Math.round(documentsNow / (0.85 + random() * 0.2))),
        meetings: meetingsNow,
        meetingsPlanned: Math.max(1, Math.round(meetingsNow / (0.85 + random() * 0.2))),
        inspections: inspections[at] ?? 0,
        workGroups: workGroups[at] ?? 0,
        documentsPrev: documents[i] ?? 0,
        meetingsPrev: meetings[i] ?? 0,
        inspectionsPrev: inspections[i] ?? 0,
      });
    });
  }
  return rows;
}

/** The sample as a data set, named in the given locale as sample data that is not real statistics. */
export function sampleDataset(
  locale: Locale,
  { loadedAt, id }: { loadedAt?: string; id?: string } = {},
): StatsDataset {
  return createStatsDataset({
    rows: sampleRows(),
    fileName: SAMPLE_FILE_NAME,
    name: translator(locale)('import.sample.name'),
    synthetic: true,
    loadedAt,
    id: id ?? 'sample',
  });
}
