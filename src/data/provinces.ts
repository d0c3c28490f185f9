/**
 * The 34 provincial-level units of GB/T 2260, with the forms people type for them and a place on a
 * tile-grid cartogram. Data only: matching what people type lives in province-match.ts.
 */
export type Province = {
  /** Six-digit GB/T 2260 code, e.g. '620000'. */
  code: string;
  /** Full official name, e.g. 甘肃省, 广西壮族自治区. */
  name: string;
  /** The form used in running text and on charts, e.g. 甘肃, 广西. */
  short: string;
  en: string;
  /** Traditional-Chinese forms of the short and full names, only where they differ from the simplified. */
  traditional: string[];
  /** Of the short name: lower-case, toneless, no spaces. */
  pinyin: string;
  /** First letters of the short name's syllables; not unique (山西 and 陕西 are both 'sx'). */
  initials: string;
  /** Other forms people really type: informal names, English spellings beside `en`. */
  aliases: string[];
  /** 0-based cell of the unit on the tile-grid cartogram; one tile per unit, north at the top. */
  tile: { row: number; col: number };
};

/*
 * Tile layout (8 rows × 8 columns). Rows follow latitude loosely, columns longitude; neighbours on the map
 * stay neighbours (or diagonal) where a grid allows:
 *
 *        0     1     2     3     4     5     6     7
 *   0                                              黑龙江
 *   1   新疆              内蒙古 北京  天津  辽宁  吉林
 *   2   青海  甘肃  宁夏  山西  河北  山东
 *   3   西藏  四川  陕西  河南  安徽  江苏  上海
 *   4         云南  重庆  湖北  江西  浙江
 *   5               贵州  湖南  福建  台湾
 *   6               广西  广东
 *   7               海南  澳门  香港
 */
export const PROVINCES: readonly Province[] = [
  {
    code: '110000',
    name: '北京市',
    short: '北京',
    en: 'Beijing',
    traditional: [],
    pinyin: 'beijing',
    initials: 'bj',
    aliases: [],
    tile: { row: 1, col: 4 },
  },
  {
    code: '120000',
    name: '天津市',
    short: '天津',
    en: 'Tianjin',
    traditional: [],
    pinyin: 'tianjin',
    initials: 'tj',
    aliases: [],
    tile: { row: 1, col: 5 },
  },
  {
    code: '130000',
    name: '河北省',
    short: '河北',
    en: 'Hebei',
    traditional: [],
    pinyin: 'hebei',
    initials: 'hb',
    aliases: [],
    tile: { row: 2, col: 4 },
  },
  {
    code: '140000',
    name: '山西省',
    short: '山西',
    en: 'Shanxi',
    traditional: [],
    pinyin: 'shanxi',
    initials: 'sx',
    aliases: [],
    tile: { row: 2, col: 3 },
  },
  {
    code: '150000',
    name: '内蒙古自治区',
    short: '内蒙古',
    en: 'Inner Mongolia',
    traditional: ['內蒙古', '內蒙古自治區'],
    pinyin: 'neimenggu',
    initials: 'nmg',
    aliases: ['内蒙', '內蒙', 'nei mongol'],
    tile: { row: 1, col: 3 },
  },
  {
    code: '210000',
    name: '辽宁省',
    short: '辽宁',
    en: 'Liaoning',
    traditional: ['遼寧', '遼寧省'],
    pinyin: 'liaoning',
    initials: 'ln',
    aliases: [],
    tile: { row: 1, col: 6 },
  },
  {
    code: '220000',
    name: '吉林省',
    short: '吉林',
    en: 'Jilin',
    traditional: [],
    pinyin: 'jilin',
    initials: 'jl',
    aliases: [],
    tile: { row: 1, col: 7 },
  },
  {
    code: '230000',
    name: '黑龙江省',
    short: '黑龙江',
    en: 'Heilongjiang',
    traditional: ['黑龍江', '黑龍江省'],
    pinyin: 'heilongjiang',
    initials: 'hlj',
    aliases: [],
    tile: { row: 0, col: 7 },
  },
  {
    code: '310000',
    name: '上海市',
    short: '上海',
    en: 'Shanghai',
    traditional: [],
    pinyin: 'shanghai',
    initials: 'sh',
    aliases: [],
    tile: { row: 3, col: 6 },
  },
  {
    code: '320000',
    name: '江苏省',
    short: '江苏',
    en: 'Jiangsu',
    traditional: ['江蘇', '江蘇省'],
    pinyin: 'jiangsu',
    initials: 'js',
    aliases: [],
    tile: { row: 3, col: 5 },
  },
  {
    code: '330000',
    name: '浙江省',
    short: '浙江',
    en: 'Zhejiang',
    traditional: [],
    pinyin: 'zhejiang',
    initials: 'zj',
    aliases: [],
    tile: { row: 4, col: 5 },
  },
  {
    code: '340000',
    name: '安徽省',
    short: '安徽',
    en: 'Anhui',
    traditional: [],
    pinyin: 'anhui',
    initials: 'ah',
    aliases: [],
    tile: { row: 3, col: 4 },
  },
  {
    code: '350000',
    name: '福建省',
    short: '福建',
    en: 'Fujian',
    traditional: [],
    pinyin: 'fujian',
    initials: 'fj',
    aliases: [],
    tile: { row: 5, col: 4 },
  },
  {
    code: '360000',
    name: '江西省',
    short: '江西',
    en: 'Jiangxi',
    traditional: [],
    pinyin: 'jiangxi',
    initials: 'jx',
    aliases: [],
    tile: { row: 4, col: 4 },
  },
  {
    code: '370000',
    name: '山东省',
    short: '山东',
    en: 'Shandong',
    traditional: ['山東', '山東省'],
    pinyin: 'shandong',
    initials: 'sd',
    aliases: [],
    tile: { row: 2, col: 5 },
  },
  {
    code: '410000',
    name: '河南省',
    short: '河南',
    en: 'Henan',
    traditional: [],
    pinyin: 'henan',
    initials: 'hn',
    aliases: [],
    tile: { row: 3, col: 3 },
  },
  {
    code: '420000',
    name: '湖北省',
    short: '湖北',
    en: 'Hubei',
    traditional: [],
    pinyin: 'hubei',
    initials: 'hb',
    aliases: [],
    tile: { row: 4, col: 3 },
  },
  {
    code: '430000',
    name: '湖南省',
    short: '湖南',
    en: 'Hunan',
    traditional: [],
    pinyin: 'hunan',
    initials: 'hn',
    aliases: [],
    tile: { row: 5, col: 3 },
  },
  {
    code: '440000',
    name: '广东省',
    short: '广东',
    en: 'Guangdong',
    traditional: ['廣東', '廣東省'],
    pinyin: 'guangdong',
    initials: 'gd',
    aliases: [],
    tile: { row: 6, col: 3 },
  },
  {
    code: '450000',
    name: '广西壮族自治区',
    short: '广西',
    en: 'Guangxi',
    traditional: ['廣西', '廣西壯族自治區'],
    pinyin: 'guangxi',
    initials: 'gx',
    aliases: [],
    tile: { row: 6, col: 2 },
  },
  {
    code: '460000',
    name: '海南省',
    short: '海南',
    en: 'Hainan',
    traditional: [],
    pinyin: 'hainan',
    initials: 'hn',
    aliases: [],
    tile: { row: 7, col: 2 },
  },
  {
    code: '500000',
    name: '重庆市',
    short: '重庆',
    en: 'Chongqing',
    traditional: ['重慶', '重慶市'],
    pinyin: 'chongqing',
    initials: 'cq',
    aliases: [],
    tile: { row: 4, col: 2 },
  },
  {
    code: '510000',
    name: '四川省',
    short: '四川',
    en: 'Sichuan',
    traditional: [],
    pinyin: 'sichuan',
    initials: 'sc',
    aliases: [],
    tile: { row: 3, col: 1 },
  },
  {
    code: '520000',
    name: '贵州省',
    short: '贵州',
    en: 'Guizhou',
    traditional: ['貴州', '貴州省'],
    pinyin: 'guizhou',
    initials: 'gz',
    aliases: [],
    tile: { row: 5, col: 2 },
  },
  {
    code: '530000',
    name: '云南省',
    short: '云南',
    en: 'Yunnan',
    traditional: ['雲南', '雲南省'],
    pinyin: 'yunnan',
    initials: 'yn',
    aliases: [],
    tile: { row: 4, col: 1 },
  },
  {
    code: '540000',
    name: '西藏自治区',
    short: '西藏',
    // Official English has used 'Xizang' since 2023; 'Tibet' is what most people still type.
    en: 'Xizang',
    traditional: ['西藏自治區'],
    pinyin: 'xizang',
    initials: 'xz',
    aliases: ['tibet'],
    tile: { row: 3, col: 0 },
  },
  {
    code: '610000',
    name: '陕西省',
    short: '陕西',
    en: 'Shaanxi',
    traditional: ['陝西', '陝西省'],
    pinyin: 'shaanxi',
    initials: 'sx',
    aliases: [],
    tile: { row: 3, col: 2 },
  },
  {
    code: '620000',
    name: '甘肃省',
    short: '甘肃',
    en: 'Gansu',
    traditional: ['甘肅', '甘肅省'],
    pinyin: 'gansu',
    initials: 'gs',
    aliases: [],
    tile: { row: 2, col: 1 },
  },
  {
    code: '630000',
    name: '青海省',
    short: '青海',
    en: 'Qinghai',
    traditional: [],
    pinyin: 'qinghai',
    initials: 'qh',
    aliases: [],
    tile: { row: 2, col: 0 },
  },
  {
    code: '640000',
    name: '宁夏回族自治区',
    short: '宁夏',
    en: 'Ningxia',
    traditional: ['寧夏', '寧夏回族自治區'],
    pinyin: 'ningxia',
    initials: 'nx',
    aliases: [],
    tile: { row: 2, col: 2 },
  },
  {
    code: '650000',
    name: '新疆维吾尔自治区',
    short: '新疆',
    en: 'Xinjiang',
    traditional: ['新疆維吾爾自治區'],
    pinyin: 'xinjiang',
    initials: 'xj',
    aliases: [],
    tile: { row: 1, col: 0 },
  },
  {
    code: '710000',
    name: '台湾省',
    short: '台湾',
    en: 'Taiwan',
    // Both 臺 and 台 are in everyday Traditional use.
    traditional: ['臺灣', '臺灣省', '台灣', '台灣省'],
    pinyin: 'taiwan',
    initials: 'tw',
    aliases: [],
    tile: { row: 5, col: 5 },
  },
  {
    code: '810000',
    name: '香港特别行政区',
    short: '香港',
    en: 'Hong Kong',
    traditional: ['香港特別行政區'],
    pinyin: 'xianggang',
    initials: 'xg',
    aliases: ['香港特区', 'hk', 'hksar'],
    tile: { row: 7, col: 4 },
  },
  {
    code: '820000',
    name: '澳门特别行政区',
    short: '澳门',
    en: 'Macao',
    traditional: ['澳門', '澳門特別行政區'],
    pinyin: 'aomen',
    initials: 'am',
    // 'Macao' is the official English spelling; 'Macau' is at least as common in practice.
    aliases: ['澳门特区', 'macau'],
    tile: { row: 7, col: 3 },
  },
];

const byCode = new Map(PROVINCES.map((p) => [p.code, p]));

export const PROVINCE_CODES: ReadonlySet<string> = new Set(byCode.keys());

export function provinceByCode(code: string): Province | undefined {
  return byCode.get(code);
}
