import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Household, Tie } from '../queries';

const SIZE = 640;
const C = SIZE / 2;
const CENTRE_R = 78;
const NODE_R = 44;
const ORBIT = 232;

/** Line style per strength: thick for strong, dashed for weak, zig-zag for strained (as ecomaps draw them). */
export function tieStroke(strength: Tie['strength']): { strokeWidth: number; strokeDasharray?: string } {
  switch (strength) {
    case 'strong':
      return { strokeWidth: 7 };
    case 'weak':
      return { strokeWidth: 2, strokeDasharray: '10 7' };
    default:
      return { strokeWidth: 3 };
  }
}

function linePath(x1: number, y1: number, x2: number, y2: number, strained: boolean): string {
  if (!strained) return `M${x1},${y1} L${x2},${y2}`;
  const length = Math.hypot(x2 - x1, y2 - y1);
  const steps = Math.max(4, Math.floor(length / 14));
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  const points = Array.from({ length: steps + 1 }, (_, i) => {
    const offset = i === 0 || i === steps ? 0 : i % 2 ? 8 : -8;
    return `${x1 + ((x2 - x1) * i) / steps - uy * offset},${y1 + ((y2 - y1) * i) / steps + ux * offset}`;
  });
  return `M${points.join(' L')}`;
}

const short = (text: string, max = 12) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function onActivate(handler: () => void) {
  return (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      handler();
    }
  };
}

/**
 * The household's network as an ecomap: the household in the centre, each tie around it. Every tie
 * (and the "add" node) is a button for mouse and keyboard; the table next to it says the same.
 */
export function Ecomap({ household, ties, tieLabel, onEdit, onAdd, canEdit }: {
  household: Household; ties: Tie[]; tieLabel: (tie: Tie) => string; onEdit: (tie: Tie) => void; onAdd: () => void; canEdit: boolean;
}) {
  const { t } = useTranslation();
  const names = household.members.map((m) => m.givenName);
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="wijkwijs-ecomap" role="group" aria-label={t('households.network.ecomapLabel', { count: ties.length })}>
      {ties.map((tie, i) => {
        const angle = (2 * Math.PI * i) / Math.max(ties.length, 1) - Math.PI / 2;
        const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
        const [x, y] = [C + ORBIT * cos, C + ORBIT * sin];
        const path = linePath(C + CENTRE_R * cos, C + CENTRE_R * sin, x - NODE_R * cos, y - NODE_R * sin, tie.strength === 'strained');
        return (
          <g key={tie.id}>
            <path d={path} className="wijkwijs-ecomap__tie" {...tieStroke(tie.strength)} aria-hidden="true" />
            <g
              className="wijkwijs-ecomap__node"
              role={canEdit ? 'button' : 'img'}
              tabIndex={canEdit ? 0 : undefined}
              aria-label={canEdit ? t('households.network.editTie', { tie: tieLabel(tie) }) : tieLabel(tie)}
              onClick={canEdit ? () => onEdit(tie) : undefined}
              onKeyDown={canEdit ? onActivate(() => onEdit(tie)) : undefined}
            >
              <circle cx={x} cy={y} r={NODE_R} />
              <text x={x} y={y - 4} textAnchor="middle" aria-hidden="true">
                {short(tie.name)}
              </text>
              <text x={x} y={y + 14} textAnchor="middle" aria-hidden="true">
                {short(t(`households.tieKind.${tie.kind}`))}
              </text>
              {tie.meaningfulAdult && (
                <polygon
                  className="wijkwijs-ecomap__meaningful"
                  aria-hidden="true"
                  points={Array.from({ length: 10 }, (_, k) => {
                    const r = k % 2 ? 5 : 12;
                    const a = (Math.PI * k) / 5 - Math.PI / 2;
                    return `${x + NODE_R * 0.75 + r * Math.cos(a)},${y - NODE_R * 0.75 + r * Math.sin(a)}`;
                  }).join(' ')}
                />
              )}
            </g>
          </g>
        );
      })}
      <g className="wijkwijs-ecomap__centre" aria-hidden="true">
        <circle cx={C} cy={C} r={CENTRE_R} />
        <text x={C} y={C - 8} textAnchor="middle" fontWeight="bold">
          {short(household.name, 18)}
        </text>
        <text x={C} y={C + 14} textAnchor="middle">
          {short(names.join(', '), 20)}
        </text>
      </g>
      {canEdit && (
        <g className="wijkwijs-ecomap__node" role="button" tabIndex={0} aria-label={t('households.network.add')} onClick={onAdd} onKeyDown={onActivate(onAdd)}>
          <circle cx={SIZE - 40} cy={SIZE - 40} r={28} />
          <text x={SIZE - 40} y={SIZE - 31} textAnchor="middle" className="wijkwijs-ecomap__plus" aria-hidden="true">
            +
          </text>
        </g>
      )}
    </svg>
  );
}

/** The legend of the line styles, with a sample of each. */
export function EcomapLegend() {
  const { t } = useTranslation();
  return (
    <ul className="wijkwijs-legend" aria-label={t('households.network.legend')}>
      {(['strong', 'normal', 'weak', 'strained'] as const).map((strength) => (
        <li key={strength}>
          <svg width="60" height="20" className="wijkwijs-legend__sample" aria-hidden="true">
            <path d={linePath(2, 10, 58, 10, strength === 'strained')} className="wijkwijs-ecomap__tie" {...tieStroke(strength)} />
          </svg>
          {t(`households.tieStrength.${strength}`)}
        </li>
      ))}
      <li>
        <svg width="24" height="24" className="wijkwijs-legend__sample" aria-hidden="true">
          <polygon
            className="wijkwijs-ecomap__meaningful"
            points={Array.from({ length: 10 }, (_, k) => `${12 + (k % 2 ? 5 : 11) * Math.cos((Math.PI * k) / 5 - Math.PI / 2)},${12 + (k % 2 ? 5 : 11) * Math.sin((Math.PI * k) / 5 - Math.PI / 2)}`).join(' ')}
          />
        </svg>
        {t('households.network.meaningfulAdult')}
      </li>
    </ul>
  );
}
