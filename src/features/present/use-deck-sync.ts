import { useCallback, useEffect, useRef, useState } from 'react';
import {
  parseSyncMessage,
  replyTo,
  samePosition,
  SYNC_CHANNEL,
  type DeckPosition,
  type DeckRole,
  type SyncMessage,
} from './deck-sync';

type Options = {
  deck: string;
  role: DeckRole;
  position: DeckPosition;
  /** Another window moved the deck. */
  onAdopt: (position: DeckPosition) => void;
  /** Another window ended the talk. */
  onExit: () => void;
};

/**
 * Keeps this window's deck in step with the deck's other windows over a BroadcastChannel (no server,
 * works offline): a position this window reaches by itself is posted; a position another window posts
 * is adopted without being posted back. Returns `postExit` (this window ends the talk) and whether a
 * window of the other role has been heard from and not left.
 */
export function useDeckSync({ deck, role, position, onAdopt, onExit }: Options) {
  const id = useRef<string | null>(null);
  id.current ??= crypto.randomUUID();
  const channel = useRef<BroadcastChannel | null>(null);
  // The position last posted or adopted: reaching it again is not news.
  const known = useRef<DeckPosition | null>(position);
  const latest = useRef({ position, onAdopt, onExit, deck });
  useEffect(() => {
    latest.current = { position, onAdopt, onExit, deck };
  });
  const [peer, setPeer] = useState(false);

  const post = useCallback(
    (message: Omit<SyncMessage, 'deck' | 'from' | 'role'> & Partial<SyncMessage>) =>
      channel.current?.postMessage({ ...message, deck: latest.current.deck, from: id.current, role }),
    [role],
  );

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(SYNC_CHANNEL);
    channel.current = bc;
    bc.onmessage = (e: MessageEvent) => {
      const message = parseSyncMessage(e.data);
      if (!message) return;
      const reply = replyTo(message, { deck: latest.current.deck, id: id.current! });
      if (reply.do !== 'nothing' && message.role !== role) setPeer(reply.do !== 'peer-left');
      if (reply.do === 'adopt') {
        known.current = reply.position;
        latest.current.onAdopt(reply.position);
      } else if (reply.do === 'answer') {
        bc.postMessage({
          type: 'position',
          position: latest.current.position,
          deck: latest.current.deck,
          from: id.current,
          role,
        });
      } else if (reply.do === 'exit') latest.current.onExit();
    };
    bc.postMessage({ type: 'hello', deck: latest.current.deck, from: id.current, role });
    const bye = () => bc.postMessage({ type: 'bye', deck: latest.current.deck, from: id.current, role });
    window.addEventListener('pagehide', bye);
    return () => {
      window.removeEventListener('pagehide', bye);
      bye();
      bc.close();
      channel.current = null;
    };
  }, [role]);

  // A move made here (a key, a button, auto-advance) is posted once; an adopted one is not echoed.
  useEffect(() => {
    if (samePosition(known.current, position)) return;
    known.current = position;
    post({ type: 'position', position });
  }, [position, post]);

  const postExit = useCallback(() => post({ type: 'exit' }), [post]);
  return { postExit, peer };
}
