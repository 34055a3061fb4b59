/** A node position. */
export interface Pt {
  x: number;
  y: number;
}

/**
 * Fruchterman–Reingold layout in a w×h box: nodes repel, weighted links attract, a weak pull
 * keeps islands near the centre. Deterministic: starts from a circle, fixed number of rounds.
 */
export function forceLayout(
  n: number,
  links: readonly { a: number; b: number; w: number }[],
  w: number,
  h: number,
  rounds = 300,
): Pt[] {
  const pts: Pt[] = Array.from({ length: n }, (_, i) => ({
    x: w / 2 + (w / 3) * Math.cos((2 * Math.PI * i) / Math.max(1, n)),
    y: h / 2 + (h / 3) * Math.sin((2 * Math.PI * i) / Math.max(1, n)),
  }));
  if (n < 2) return pts;
  const k = Math.sqrt((w * h) / n) * 0.6;
  let temp = w / 8;
  for (let r = 0; r < rounds; r++) {
    const dx = new Float64Array(n);
    const dy = new Float64Array(n);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const ex = pts[i].x - pts[j].x;
        const ey = pts[i].y - pts[j].y;
        const d2 = Math.max(0.01, ex * ex + ey * ey);
        const f = (k * k) / d2;
        dx[i] += ex * f;
        dy[i] += ey * f;
        dx[j] -= ex * f;
        dy[j] -= ey * f;
      }
    for (const { a, b, w: weight } of links) {
      const ex = pts[a].x - pts[b].x;
      const ey = pts[a].y - pts[b].y;
      const d = Math.max(0.01, Math.hypot(ex, ey));
      const f = (d / k) * (0.6 + Math.log1p(weight) * 0.4);
      dx[a] -= ex * f;
      dy[a] -= ey * f;
      dx[b] += ex * f;
      dy[b] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (w / 2 - pts[i].x) * 0.12;
      dy[i] += (h / 2 - pts[i].y) * 0.12;
      const len = Math.max(0.01, Math.hypot(dx[i], dy[i]));
      const step = Math.min(len, temp);
      pts[i].x = Math.min(w - 50, Math.max(50, pts[i].x + (dx[i] / len) * step));
      pts[i].y = Math.min(h - 20, Math.max(20, pts[i].y + (dy[i] / len) * step));
    }
    temp = Math.max(1, temp * 0.985);
  }
  return pts;
}
