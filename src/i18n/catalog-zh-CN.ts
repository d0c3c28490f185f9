import zhCommon from './locales/zh-CN/common.json';
import zhFilters from './locales/zh-CN/filters.json';
import zhCases from './locales/zh-CN/cases.json';
import zhTimeline from './locales/zh-CN/timeline.json';
import zhTable from './locales/zh-CN/table.json';
import zhImport from './locales/zh-CN/import.json';
import zhPresent from './locales/zh-CN/present.json';
import zhMethod from './locales/zh-CN/method.json';

/**
 * The base locale's catalogue, split by feature so each feature's strings live together. It defines the
 * keys; every other locale must have the same ones (typed here, checked by i18n.test.ts). It is the one
 * catalogue bundled with the app: the others are loaded when chosen (load-locale.ts).
 */
export const zhCN = {
  ...zhCommon,
  ...zhFilters,
  ...zhCases,
  ...zhTimeline,
  ...zhTable,
  ...zhImport,
  ...zhPresent,
  ...zhMethod,
};

/** Every UI string has a key in the base locale; other locales must have the same keys. */
export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
