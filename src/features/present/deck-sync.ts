/**
 * The protocol that keeps the windows of one deck in step — the audience's (projected) and the
 * presenter's — with no server: each window posts its position on a BroadcastChannel when the
 * presenter moves it, and takes the others'. A window that opens says hello and adopts the position
 * the others answer with, so a reopened presenter window joins at the current slide.
 */

/** One channel for every deck; each message names its deck, and a window ignores other decks'. */
export const SYNC_CHANNEL = 'jianfu.deck';

export type DeckRole = 'audience' | 'presenter';

/** Where the deck is: the slide (by id, and by number for a window whose list differs), blank, paused. */
export type DeckPosition = {
  slideId: string | null;
  slide: number;
  blanked: boolean;
  paused: boolean;
};

type Envelope = { deck: string; from: string; role: DeckRole };

export type SyncMessage =
  | (Envelope & { type: 'hello' })
  | (Envelope & { type: 'position'; position: DeckPosition })
  /** The talk is over: the audience window leaves presenting, the presenter window closes. */
  | (Envelope & { type: 'exit' })
  /** This window is closing. */
  | (Envelope & { type: 'bye' });

const TYPES: ReadonlySet<string> = new Set(['hello', 'position', 'exit', 'bye']);

/** The deck a window shows: which data, under which province and year filters. */
export function deckKey(
  kind: string,
  filters: { dataset: string | null; provinces: readonly string[]; year: number | null },
): string {
  return [kind, filters.dataset ?? '', filters.provinces.join(','), filters.year ?? ''].join('|');
}

function isPosition(v: unknown): v is DeckPosition {
  if (!v || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return (
    (p.slideId === null || typeof p.slideId === 'string') &&
    typeof p.slide === 'number' &&
    Number.isInteger(p.slide) &&
    p.slide >= 1 &&
    typeof p.blanked === 'boolean' &&
    typeof p.paused === 'boolean'
  );
}

/**
 * A message from the channel, checked field by field; anything else (another version's message, a
 * stray post) is null and ignored.
 */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (typeof m.type !== 'string' || !TYPES.has(m.type)) return null;
  if (typeof m.deck !== 'string' || typeof m.from !== 'string') return null;
  if (m.role !== 'audience' && m.role !== 'presenter') return null;
  if (m.type === 'position' && !isPosition(m.position)) return null;
  return m as SyncMessage;
}

/** The slide number a position means in a window showing `visible`: its slide by id, else its number. */
export function slideOf(position: DeckPosition, visible: readonly string[]): number {
  const byId = position.slideId === null ? -1 : visible.indexOf(position.slideId);
  if (byId >= 0) return byId + 1;
  return Math.min(Math.max(1, position.slide), Math.max(1, visible.length));
}

/**
 * Whether two positions are the same place: the same slide (by id where both have one — a window whose
 * list numbers it differently is still there, and must not post it back), blank and pause alike.
 */
export function samePosition(a: DeckPosition | null, b: DeckPosition): boolean {
  if (a === null) return false;
  const sameSlide = a.slideId !== null && b.slideId !== null ? a.slideId === b.slideId : a.slide === b.slide;
  return sameSlide && a.blanked === b.blanked && a.paused === b.paused;
}

/**
 * What a window does with a message from another: adopt a position, answer a hello with its own,
 * leave, close, or nothing (its own echo, another deck's message). Pure, so the protocol is tested
 * without windows.
 */
export type SyncReply =
  | { do: 'adopt'; position: DeckPosition }
  | { do: 'answer' }
  | { do: 'exit' }
  | { do: 'peer-left'; role: DeckRole }
  | { do: 'nothing' };

export function replyTo(message: SyncMessage, self: { deck: string; id: string }): SyncReply {
  if (message.from === self.id || message.deck !== self.deck) return { do: 'nothing' };
  switch (message.type) {
    case 'hello':
      return { do: 'answer' };
    case 'position':
      return { do: 'adopt', position: message.position };
    case 'exit':
      return { do: 'exit' };
    case 'bye':
      return { do: 'peer-left', role: message.role };
  }
}
