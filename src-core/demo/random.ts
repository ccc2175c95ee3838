/**
 * A seeded random source for the demo book. The generator must give the same book for the same
 * seed on every machine and runtime, so it never touches Math.random: sfc32 seeded by a
 * cyrb128 hash of the seed text (both small, well-known, and exact in 32-bit integer math).
 */

import { cyrb128 } from '../text/stable-hash';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Real number in [min, max). */
  float(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; `weights` lines up with `items`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A new array, shuffled (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** Standard normal (mean 0, standard deviation 1), Box–Muller. */
  normal(): number;
  /** A version-4-shaped UUID drawn from this stream. */
  uuid(): string;
  /** An independent stream named after this one, so one part of the book cannot shift another. */
  fork(label: string): Random;
}

function sfc32(seed: [number, number, number, number]): () => number {
  let [a, b, c, d] = seed;
  const step = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of sfc32 still carry the seed's structure; discard them.
  for (let i = 0; i < 15; i++) step();
  return step;
}

const hex = (n: number): string => n.toString(16).padStart(8, '0');

export function createRandom(seed: string | number): Random {
  const name = String(seed);
  const nextWord = sfc32(cyrb128(name));
  const next = (): number => nextWord() / 4294967296;
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let roll = next() * total;
      for (let i = 0; i < items.length; i++) {
        roll -= weights[i] ?? 0;
        if (roll < 0) return items[i] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    uuid: () => {
      const a = hex(nextWord());
      const b = hex(nextWord());
      // Version nibble 4 and variant bits 10xx, as RFC 4122 asks of a random UUID.
      const c = hex(((nextWord() & 0x0fff3fff) | 0x40008000) >>> 0);
      const d = hex(nextWord());
      return `${a}-${b.slice(0, 4)}-${c.slice(0, 4)}-${c.slice(4)}-${b.slice(4)}${d}`;
    },
    fork: (label) => createRandom(`${name}/${label}`),
  };
  return random;
}
