import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogueSchema, type Catalogue } from '../src/data/catalogue';
import { buildXlsx } from '../src/features/statistics/xlsx-builder';
import { runDataCli } from './data-cli';

/*
 * The publishing commands on small invented files (synthetic: every figure below is made up), in a
 * temporary copy of public/data's catalogue and articles dataset.
 */

const PUBLIC = path.resolve(import.meta.dirname, '../public/data');
let dir: string;
let out: string[] = [];
let err: string[] = [];

function run(...argv: string[]): number {
  return runDataCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    today: '2026-12-05',
    dataDir: dir,
  });
}

function input(name: string, text: string | Uint8Array): string {
  const file = path.join(dir, '..', name);
  writeFileSync(file, text);
  return file;
}

const catalogue = (): Catalogue =>
  catalogueSchema.parse(JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')));

/** Every file under the data folder with its bytes, to compare before and after. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile())
      files.set(
        path.relative(dir, path.join(e.parentPath, e.name)),
        readFileSync(path.join(e.parentPath, e.name)).toString('base64'),
      );
  return files;
}

// Two provinces at county level; 广东 (440000) has no rows, so it gets no file.
const COUNTIES = [
  '省份,市,县,年份,发文数,发文计划数,会议数,会议计划数',
  '甘肃,兰州市,示例县A,2023,40,50,30,35',
  '甘肃,兰州市,示例县A,2024,32,45,25,30',
  '甘肃,天水市,示例县B,2023,20,25,10,12',
  '甘肃,天水市,示例县B,2024,18,25,9,12',
  '湖北,武汉市,示例县C,2023,60,70,40,44',
  '湖北,武汉市,示例县C,2024,50,60,35,40',
].join('\n');

beforeEach(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'jianfu-data-'));
  dir = path.join(root, 'data');
  cpSync(path.join(PUBLIC, 'dataset.json'), path.join(dir, 'dataset.json'));
  cpSync(path.join(PUBLIC, 'datapackage.json'), path.join(dir, 'datapackage.json'));
  for (const f of ['dataset.schema.json', 'stats-table.schema.json'])
    cpSync(path.join(PUBLIC, f), path.join(dir, f));
  // Only the articles dataset: the repository's own published examples are not part of these tests.
  for (const d of catalogue().datasets.filter((x) => x.kind === 'stats')) run('remove', d.id);
  out = [];
  err = [];
});

afterEach(() => rmSync(path.join(dir, '..'), { recursive: true, force: true }));

describe('data:add', () => {
  it('keeps a title in each language given (--title-en, --title-hant)', () => {
    const file = input('counties.csv', COUNTIES);
    const args = ['--title', '测试县级数据', '--title-en', 'Test counties', '--title-hant', '測試縣級數據'];
    expect(run('add', file, '--id', 'test-titles', ...args, '--synthetic')).toBe(0);
    expect(catalogue().datasets.find((d) => d.id === 'test-titles')?.title).toEqual({
      'zh-CN': '测试县级数据',
      'zh-Hant': '測試縣級數據',
      en: 'Test counties',
    });
  });

  it('publishes a county file: a summary, one file per province with rows, and the catalogue entry', () => {
    const file = input('counties.csv', COUNTIES);
    expect(
      run(
        'add',
        file,
        '--id',
        'test-counties',
        '--title',
        '测试县级数据',
        '--publisher',
        '某省减负办',
        '--as-of',
        '2024-12-31',
        '--synthetic',
      ),
    ).toBe(0);
    const c = catalogue();
    const entry = c.datasets.find((d) => d.id === 'test-counties');
    expect(entry).toMatchObject({
      kind: 'stats',
      title: { 'zh-CN': '测试县级数据', en: '测试县级数据' },
      publisher: '某省减负办',
      years: [2023, 2024],
      provinces: ['420000', '620000'],
      level: 'county',
      asOf: '2024-12-31',
      rowCount: 6,
      synthetic: true,
      source: { name: 'counties.csv', lines: 7, published: '2026-12-05' },
    });
    expect(entry?.source?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const files = c.resources.filter((r) => r.dataset === 'test-counties');
    expect(files.map((r) => r.role)).toEqual(['summary', 'province', 'province']);
    expect(files.map((r) => r.province ?? null)).toEqual([null, '620000', '420000']);
    for (const r of files) {
      expect(r.path).toMatch(/^stats\/test-counties\/(summary|\d{6})\.[0-9a-f]{12}\.json$/);
      expect(r).toMatchObject({
        format: 'json',
        mediatype: 'application/json',
        schema: 'stats-table.schema.json',
      });
      expect(readFileSync(path.join(dir, r.path)).length).toBe(r.bytes);
    }
    // The summary: one row per province and year, summed over its counties, with the lines it stands for.
    const summary = JSON.parse(readFileSync(path.join(dir, files[0]!.path), 'utf8'));
    expect(summary.rows).toContainEqual({
      line: 3,
      sourceRows: 2,
      province: '620000',
      year: 2024,
      documents: 50,
      documentsPlanned: 70,
      meetings: 34,
      meetingsPlanned: 42,
    });
    const gansu = JSON.parse(readFileSync(path.join(dir, files[1]!.path), 'utf8'));
    expect(gansu.rows.map((r: { line: number }) => r.line)).toEqual([2, 3, 4, 5]);
    expect(files.some((r) => r.province === '440000')).toBe(false);
    expect(run('check')).toBe(0);
  });

  it('refuses a bad file with every problem’s line, column and value, and changes nothing', () => {
    const before = snapshot();
    const file = input(
      'bad.csv',
      [
        '省份,年份,发文数,会议计划数',
        '甘肃,2024,12,10',
        '湖北,2024,十二,10',
        '火星,2024,5,0',
        '甘肃,2024,3,3',
      ].join('\n'),
    );
    expect(run('add', file, '--id', 'bad', '--title', '坏文件')).toBe(1);
    const text = err.join('\n');
    expect(text).toContain('第3行「发文数」："十二" 不是数字');
    expect(text).toContain('第4行「省份」：无法识别的省份 "火星"');
    expect(text).toContain('第4行「会议计划数」：计划数为 0');
    expect(text).toContain('第5行：与第2行是同一地区、同一年份');
    expect(text).toContain('共 4 个问题');
    expect(snapshot()).toEqual(before);
  });

  it('speaks English with --lang en', () => {
    const file = input('bad.csv', '省份,年份,发文数\n甘肃,2024,12件\n');
    expect(run('add', file, '--id', 'bad', '--title', 'x', '--lang', 'en')).toBe(1);
    expect(err.join('\n')).toContain('Line 2');
    expect(err.join('\n')).toContain('"12件"');
  });

  it('reads JSON and GBK CSV as the import view does', () => {
    const json = input('rows.json', JSON.stringify([{ 省份: '甘肃', 年份: 2024, 发文数: 5 }]));
    expect(run('add', json, '--id', 'from-json', '--title', 'JSON')).toBe(0);
    // "省份,年份,发文数\n甘肃,2024,7\n" in GBK, as Chinese Excel saves CSV.
    const gbk = Uint8Array.from(
      Buffer.from('caa1b7dd2cc4eab7dd2cb7a2cec4cafd0ab8cacbe02c323032342c370a', 'hex'),
    );
    expect(run('add', input('gbk.csv', gbk), '--id', 'from-gbk', '--title', 'GBK')).toBe(0);
    const c = catalogue();
    expect(c.datasets.find((d) => d.id === 'from-gbk')).toMatchObject({ level: 'province', rowCount: 1 });
    // A province-level file: the summary is the file's rows, and there are no province files.
    expect(c.resources.filter((r) => r.dataset === 'from-gbk').map((r) => r.role)).toEqual(['summary']);
  });

  it('reads an .xlsx workbook through the import view’s workbook reader', () => {
    const form = buildXlsx({
      sheets: [
        { name: '说明', rows: [['填报说明：数量填整数。']] },
        {
          name: '统计',
          rows: [
            ['2024年发文开会统计表'],
            ['省份', '市', '年份', '发文数', null],
            [null, null, null, '计划', '实际'],
            ['甘肃', '兰州市', 2024, 45, 32],
            [null, '天水市', 2024, 25, 18],
          ],
          merges: ['A1:E1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'A4:A5'],
        },
      ],
    });
    expect(run('add', input('form.xlsx', form), '--id', 'from-xlsx', '--title', 'XLSX')).toBe(0);
    const entry = catalogue().datasets.find((d) => d.id === 'from-xlsx');
    expect(entry).toMatchObject({ level: 'city', rowCount: 2, provinces: ['620000'], source: { lines: 5 } });
    const bad = buildXlsx({
      sheets: [
        {
          name: '统计',
          rows: [
            ['省份', '年份', '发文数'],
            ['甘肃', 2024, '十二'],
          ],
        },
      ],
    });
    const before = snapshot();
    expect(run('add', input('bad.xlsx', bad), '--id', 'bad', '--title', 'x')).toBe(1);
    expect(err.join('\n')).toContain('工作表「统计」第2行 C列「发文数」："十二" 不是数字');
    expect(snapshot()).toEqual(before);
  });

  it('refuses an id already published unless --replace, and replaces the files', () => {
    const file = input('counties.csv', COUNTIES);
    expect(run('add', file, '--id', 'twice', '--title', 'A')).toBe(0);
    const first = catalogue()
      .resources.filter((r) => r.dataset === 'twice')
      .map((r) => r.path);
    const before = snapshot();
    expect(run('add', file, '--id', 'twice', '--title', 'B')).toBe(1);
    expect(err.join('\n')).toContain('already published');
    expect(snapshot()).toEqual(before);
    const changed = input('counties.csv', COUNTIES.replace('40,50,30,35', '41,50,30,35'));
    expect(run('add', changed, '--id', 'twice', '--title', 'B', '--replace')).toBe(0);
    const second = catalogue()
      .resources.filter((r) => r.dataset === 'twice')
      .map((r) => r.path);
    // Gansu's file changed (new hash, old one deleted); Hubei's is the same file.
    expect(second).not.toEqual(first);
    expect(second.filter((p) => first.includes(p))).toHaveLength(1);
    for (const p of first.filter((x) => !second.includes(x)))
      expect(existsSync(path.join(dir, p))).toBe(false);
    expect(run('check')).toBe(0);
  });

  it('asks for an id and a title', () => {
    const file = input('counties.csv', COUNTIES);
    expect(run('add', file, '--title', 'x')).toBe(2);
    expect(run('add', file, '--id', 'Bad_Id', '--title', 'x')).toBe(2);
    expect(run('add', file, '--id', 'ok')).toBe(2);
    expect(run('add', file, '--id', 'ok', '--title', 'x', '--as-of', '2024/12/31')).toBe(2);
  });
});

describe('data:remove', () => {
  it('removes a dataset and its files; the articles dataset stays', () => {
    expect(run('add', input('counties.csv', COUNTIES), '--id', 'gone', '--title', 'x')).toBe(0);
    const paths = catalogue()
      .resources.filter((r) => r.dataset === 'gone')
      .map((r) => r.path);
    expect(run('remove', 'gone')).toBe(0);
    expect(catalogue().datasets.map((d) => d.id)).toEqual(['articles']);
    for (const p of paths) expect(existsSync(path.join(dir, p))).toBe(false);
    expect(existsSync(path.join(dir, 'stats', 'gone'))).toBe(false);
    expect(run('remove', 'gone')).toBe(1);
    expect(run('remove', 'articles')).toBe(1);
    expect(run('check')).toBe(0);
  });
});

describe('data:check', () => {
  beforeEach(() => {
    expect(run('add', input('counties.csv', COUNTIES), '--id', 'checked', '--title', 'x')).toBe(0);
    err = [];
  });
  const fileOf = (province: string) =>
    path.join(
      dir,
      catalogue().resources.find((r) => r.dataset === 'checked' && r.province === province)!.path,
    );

  it('names a province file whose content changed (hash)', () => {
    const file = fileOf('620000');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"documents":40', '"documents":41'));
    expect(run('check')).toBe(1);
    expect(err.join('\n')).toContain(`${file}: its SHA-256 is not the catalogue's`);
  });

  it('names a missing file', () => {
    const file = fileOf('420000');
    rmSync(file);
    expect(run('check')).toBe(1);
    expect(err.join('\n')).toContain(`${file}: missing`);
  });

  it('names a catalogue that is not JSON, or of an unknown version, or with a bad field', () => {
    const file = path.join(dir, 'datapackage.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.slice(0, 100));
    expect(run('check')).toBe(1);
    expect(err.join('\n')).toContain('malformed JSON');
    writeFileSync(file, text.replace('"catalogueVersion": 1', '"catalogueVersion": 9'));
    expect(run('check')).toBe(1);
    expect(err.join('\n')).toContain('catalogueVersion 9');
    writeFileSync(file, text.replace('"level": "county"', '"level": "township"'));
    expect(run('check')).toBe(1);
    expect(err.join('\n')).toMatch(/datasets\.1\.level/);
  });

  it('finds an articles entry that no longer matches dataset.json, and --fix updates it', () => {
    const file = path.join(dir, 'datapackage.json');
    // The articles' count as the bundled dataset has it (adding a figure changes it).
    const rows = (
      JSON.parse(readFileSync(path.join(dir, 'dataset.json'), 'utf8')) as { observations: unknown[] }
    ).observations.length;
    writeFileSync(file, readFileSync(file, 'utf8').replace(`"rowCount": ${rows}`, `"rowCount": ${rows - 3}`));
    expect(run('check')).toBe(1);
    expect(err.join('\n')).toContain('rowCount differ from dataset.json');
    expect(run('check', '--fix')).toBe(0);
    expect(catalogue().datasets[0]?.rowCount).toBe(rows);
  });
});
