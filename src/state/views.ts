/**
 * The dashboard's views. Each is its own HTML file beside index.html (cases.html …), so a link opens the
 * view directly, a static host needs no rewrite rules, and relative asset URLs work from any sub-path.
 */
export const VIEWS = ['overview', 'cases', 'timeline', 'data', 'import', 'present'] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_FILES: Record<View, string> = {
  overview: 'index.html',
  cases: 'cases.html',
  timeline: 'timeline.html',
  data: 'data.html',
  import: 'import.html',
  present: 'present.html',
};

/** The view a path names by its last segment; anything unknown is the overview. */
export function viewFromPath(pathname: string): View {
  const file = pathname.split('/').pop() ?? '';
  const found = VIEWS.find((v) => VIEW_FILES[v] === file);
  return found ?? 'overview';
}

/** The path of a view relative to the current directory: "./" for the overview, "cases.html" otherwise. */
export function viewHref(view: View): string {
  return view === 'overview' ? './' : VIEW_FILES[view];
}
