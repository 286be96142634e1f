import type { Channel } from '../schema/common.js';
import type { Level, Threshold } from '../schema/pack.js';

/** A threshold's number for this channel (its `default` where the channel has none). */
export function limitFor(t: Threshold | undefined, channel: Channel): number | undefined {
  if (t === undefined || typeof t === 'number') return t;
  return (t as Record<string, number | undefined>)[channel] ?? t.default;
}

/** The highest level whose `min` the value reaches on this channel, if any (the later level on a tie: the stronger one). */
export function levelReached(levels: readonly Level[], value: number, channel: Channel): Level | undefined {
  let best: { level: Level; min: number } | undefined;
  for (const level of levels) {
    const min = limitFor(level.min, channel)!;
    if (value >= min && (!best || min >= best.min)) best = { level, min };
  }
  return best?.level;
}
