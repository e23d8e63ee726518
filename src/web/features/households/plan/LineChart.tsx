/**
 * A small line chart in inline SVG (no chart library): values over time on a fixed scale. It is an
 * image with a summary; the table next to it gives every value.
 */
export function LineChart({ points, min, max, label, width = 480, height = 180 }: { points: { x: string; y: number }[]; min: number; max: number; label: string; width?: number; height?: number }) {
  const pad = { left: 34, right: 12, top: 12, bottom: 28 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const xAt = (i: number) => pad.left + (points.length <= 1 ? innerW / 2 : (innerW * i) / (points.length - 1));
  const yAt = (v: number) => pad.top + innerH - ((v - min) / (max - min)) * innerH;
  const ticks = max - min <= 5 ? Array.from({ length: max - min + 1 }, (_, i) => min + i) : [min, Math.round((min + max) / 2), max];
  const last = points.length - 1;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="wijkwijs-chart" role="img" aria-label={label}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={pad.left} x2={width - pad.right} y1={yAt(tick)} y2={yAt(tick)} className="wijkwijs-chart__grid" />
          <text x={pad.left - 8} y={yAt(tick) + 4} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {points.length > 1 && <polyline className="wijkwijs-chart__line" points={points.map((p, i) => `${xAt(i)},${yAt(p.y)}`).join(' ')} />}
      {points.map((p, i) => (
        <circle key={`${p.x}-${i}`} className="wijkwijs-chart__dot" cx={xAt(i)} cy={yAt(p.y)} r={5} />
      ))}
      {points.length > 0 && (
        <>
          <text x={xAt(0)} y={height - 8} textAnchor={points.length > 1 ? 'start' : 'middle'}>
            {points[0]?.x}
          </text>
          {last > 0 && (
            <text x={xAt(last)} y={height - 8} textAnchor="end">
              {points[last]?.x}
            </text>
          )}
        </>
      )}
    </svg>
  );
}
