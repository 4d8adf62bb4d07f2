import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleSideView } from '../../../../shared/contracts/cycle-map.ts';
import { placeParts, TYPE, type Part, type PlacedLine } from './layout.ts';
import { canvasMeasure, estimate, wrapBalanced, type Measure } from './wrap.ts';

interface Names {
  /** The partner inside a sentence ("Sam", "your partner"). */
  partner: string;
  /** The partner on their own, as a label ("Sam", "Your partner"). */
  partnerLabel: string;
}

/** The width of the drawing's frame in CSS pixels, followed as it changes, and a text measure in its font. */
function useFrame(fallback = 340) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  const [measure, setMeasure] = useState<{ fn: Measure }>({ fn: estimate });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setMeasure({ fn: canvasMeasure(getComputedStyle(element).fontFamily) });
    const measure = () => {
      const next = Math.floor(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width, measure: measure.fn };
}

const BOX_PAD = 16;
const WIDE = 700;

type Side = 'mine' | 'partner';

interface Box {
  side: Side;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: PlacedLine[];
}

/**
 * The pursue–withdraw cycle of a couple as an inline SVG: four parts in a loop (what I do, what
 * that stirs in my partner, what my partner then does, what that stirs in me), the cycle named in
 * the middle as the shared problem, and what both long for beneath it. The SVG is laid out in CSS
 * pixels of its frame, side by side from 700 px and stacked below that, so text keeps its size.
 * A full text version follows it.
 */
export function CycleDrawing({ mine, partner, names }: { mine: CycleSideView; partner: CycleSideView; names: Names }) {
  const { t } = useTranslation('cycle');
  const { ref, width, measure } = useFrame();
  const rawId = useId();
  const id = `cycle${rawId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const wide = width >= WIDE;

  const stance = (side: CycleSideView) => (side.stance ? t(`stance.${side.stance}`) : null);
  const text = (value: string): Part => (value.trim() ? { style: 'body', text: value } : { style: 'note', text: t('drawing.nothing') });
  const movesParts = (side: CycleSideView, head: string): Part[] => [
    { style: 'head', text: head },
    ...(stance(side) ? [{ style: 'note', text: stance(side)! } as Part] : []),
    ...side.myMoves.map((move): Part => ({ style: 'item', text: move })),
  ];
  const underneathParts = (side: CycleSideView, head: string): Part[] => [
    { style: 'head', text: head },
    { style: 'sub', text: t('drawing.feel') },
    text(side.feelingsUnderneath),
    { style: 'sub', text: t('drawing.fear') },
    text(side.fears),
  ];

  const contents: Record<'myMoves' | 'theirUnder' | 'theirMoves' | 'myUnder', { side: Side; parts: Part[] }> = {
    myMoves: { side: 'mine', parts: movesParts(mine, t('drawing.youDo')) },
    theirUnder: { side: 'partner', parts: underneathParts(partner, t('drawing.partnerFeels', { partner: names.partner })) },
    theirMoves: { side: 'partner', parts: movesParts(partner, t('drawing.partnerDoes', { partner: names.partner })) },
    myUnder: { side: 'mine', parts: underneathParts(mine, t('drawing.youFeel')) },
  };
  const longParts = (side: CycleSideView, who: string): Part[] => [{ style: 'sub', text: who }, text(side.longings)];

  const cycleTitle = t('drawing.cycle');
  const cycleSub = t('drawing.cycleSub');
  const layout = wide ? wideLayout : narrowLayout;
  const drawing = layout(width, contents, longParts(mine, t('drawing.youLong')), longParts(partner, names.partnerLabel), measure, cycleSub);

  const longTitle = t('drawing.longTitle');
  const stirs = t('drawing.stirs');
  const leadsTo = t('drawing.leadsTo');

  return (
    <div className="cycle-drawing">
      <div ref={ref} className="cycle-frame">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${drawing.width} ${drawing.height}`}
          width={drawing.width}
          height={drawing.height}
          className={`cycle-svg cycle-svg--${wide ? 'wide' : 'narrow'}`}
        >
          <title id={`${id}-title`}>{t('drawing.imageTitle', { partner: names.partner })}</title>
          <desc id={`${id}-desc`}>{t('drawing.imageDesc', { partner: names.partner })}</desc>
          <defs>
            <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="cycle-arrowhead" />
            </marker>
          </defs>

          {drawing.arrows.map((arrow, i) => (
            <g key={`arrow-${i}`}>
              <path d={arrow.d} className="cycle-arrow" markerEnd={`url(#${id}-arrow)`} />
              {arrow.label && (
                <text x={arrow.label.x} y={arrow.label.y} textAnchor={arrow.label.anchor} className="cycle-arrow-label">
                  {arrow.label.kind === 'stirs' ? stirs : leadsTo}
                </text>
              )}
            </g>
          ))}

          {drawing.boxes.map((box, i) => (
            <BoxShape key={`box-${i}`} box={box} />
          ))}

          <CycleBadge badge={drawing.badge} title={cycleTitle} />

          <g className="cycle-longings">
            <rect x={drawing.longings.x} y={drawing.longings.y} width={drawing.longings.w} height={drawing.longings.h} rx={16} className="cycle-longings-box" />
            <text x={drawing.longings.x + drawing.longings.w / 2} y={drawing.longings.y + BOX_PAD + 18} textAnchor="middle" className="cycle-longings-title">
              {longTitle}
            </text>
            {drawing.longings.columns.map((column, i) => (
              <Lines key={`long-${i}`} lines={column.lines} x={column.x} y={column.y} />
            ))}
          </g>
        </svg>
      </div>
      <CycleAsText mine={mine} partner={partner} names={names} />
    </div>
  );
}

function BoxShape({ box }: { box: Box }) {
  return (
    <g className={`cycle-part cycle-part--${box.side}`}>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={14} className="cycle-box" />
      <Lines lines={box.lines} x={box.x + BOX_PAD} y={box.y + BOX_PAD} />
    </g>
  );
}

function Lines({ lines, x, y }: { lines: PlacedLine[]; x: number; y: number }) {
  return (
    <>
      {lines.map((line, i) => (
        <g key={i}>
          {line.bullet && <circle cx={x + line.x - 9} cy={y + line.y - 5} r={3} className="cycle-bullet" />}
          <text x={x + line.x} y={y + line.y} className={`cycle-text cycle-text--${line.style}`} fontSize={TYPE[line.style].size}>
            {line.text}
          </text>
        </g>
      ))}
    </>
  );
}

interface Badge {
  cx: number;
  cy: number;
  /** A circle (r) between the two sides, or a rounded band (w × h) in the stacked drawing. */
  r?: number;
  w?: number;
  h?: number;
  lines: string[];
}

const BADGE_SUB = { size: 14 };
const BADGE_LINE = 18;

/** The cycle's own lines: a short name, then a few words wrapped to fit the badge. */
function badgeLines(sub: string, innerWidth: number, measure: Measure) {
  return wrapBalanced(sub, innerWidth, BADGE_SUB, measure);
}

function CycleBadge({ badge, title }: { badge: Badge; title: string }) {
  const subSize = BADGE_SUB.size;
  const subLines = badge.lines;
  const block = 24 + subLines.length * BADGE_LINE;
  const top = badge.cy - block / 2 + 18;
  return (
    <g className="cycle-badge">
      {badge.r ? (
        <>
          <circle cx={badge.cx} cy={badge.cy} r={badge.r + 9} className="cycle-badge-ring" />
          <circle cx={badge.cx} cy={badge.cy} r={badge.r} className="cycle-badge-shape" />
        </>
      ) : (
        <rect x={badge.cx - badge.w! / 2} y={badge.cy - badge.h! / 2} width={badge.w} height={badge.h} rx={badge.h! / 2} className="cycle-badge-shape" />
      )}
      <text x={badge.cx} y={top} textAnchor="middle" className="cycle-badge-title">
        {title}
      </text>
      {subLines.map((line, i) => (
        <text key={i} x={badge.cx} y={top + 22 + i * BADGE_LINE} textAnchor="middle" className="cycle-badge-sub" fontSize={subSize}>
          {line}
        </text>
      ))}
    </g>
  );
}

interface Arrow {
  d: string;
  label?: { x: number; y: number; kind: 'stirs' | 'leadsTo'; anchor: 'start' | 'middle' | 'end' };
}

type Contents = Record<'myMoves' | 'theirUnder' | 'theirMoves' | 'myUnder', { side: Side; parts: Part[] }>;

interface Drawing {
  width: number;
  height: number;
  boxes: Box[];
  arrows: Arrow[];
  badge: Badge;
  longings: { x: number; y: number; w: number; h: number; columns: { x: number; y: number; lines: PlacedLine[] }[] };
}

const place = (side: Side, parts: Part[], x: number, w: number, measure: Measure) => {
  const placed = placeParts(parts, w - 2 * BOX_PAD, measure);
  return { side, x, w, lines: placed.lines, h: placed.height + 2 * BOX_PAD };
};

/** Side by side: my column on the left, my partner's on the right, the cycle between them. */
function wideLayout(width: number, c: Contents, myLonging: Part[], theirLonging: Part[], measure: Measure, cycleSub: string): Drawing {
  const gap = Math.min(230, Math.max(200, Math.round(width * 0.22)));
  const colW = Math.floor((width - gap) / 2);
  const rightX = width - colW;
  const rowGap = 72;
  const minRow = 180;
  const r = 84;

  const tl = place(c.myMoves.side, c.myMoves.parts, 0, colW, measure);
  const tr = place(c.theirUnder.side, c.theirUnder.parts, rightX, colW, measure);
  const bl = place(c.myUnder.side, c.myUnder.parts, 0, colW, measure);
  const br = place(c.theirMoves.side, c.theirMoves.parts, rightX, colW, measure);
  const top = 4;
  const h1 = Math.max(tl.h, tr.h, minRow);
  const row2 = top + h1 + rowGap;
  const h2 = Math.max(bl.h, br.h, minRow);
  const boxes: Box[] = [
    { ...tl, y: top, h: h1 },
    { ...tr, y: top, h: h1 },
    { ...bl, y: row2, h: h2 },
    { ...br, y: row2, h: h2 },
  ];

  const cx = width / 2;
  const cy = top + h1 + rowGap / 2;
  const ay1 = Math.max(top + 44, Math.min(top + h1 / 2, cy - r - 40));
  const ay2 = Math.min(row2 + h2 - 44, Math.max(row2 + h2 / 2, cy + r + 40));
  const inset = 6;
  const arrows: Arrow[] = [
    { d: `M ${colW + inset} ${ay1} H ${rightX - inset - 2}`, label: { x: cx, y: ay1 - 10, kind: 'stirs', anchor: 'middle' } },
    { d: `M ${rightX + colW / 2} ${top + h1 + inset} V ${row2 - inset - 2}`, label: { x: rightX + colW / 2 + 12, y: cy + 5, kind: 'leadsTo', anchor: 'start' } },
    { d: `M ${rightX - inset} ${ay2} H ${colW + inset + 2}`, label: { x: cx, y: ay2 + 24, kind: 'stirs', anchor: 'middle' } },
    { d: `M ${colW / 2} ${row2 - inset} V ${top + h1 + inset + 2}`, label: { x: colW / 2 + 12, y: cy + 5, kind: 'leadsTo', anchor: 'start' } },
  ];

  const longTop = row2 + h2 + 40;
  const mineL = placeParts(myLonging, colW - 2 * BOX_PAD, measure);
  const theirsL = placeParts(theirLonging, colW - 2 * BOX_PAD, measure);
  const headH = 34;
  const longH = BOX_PAD + headH + Math.max(mineL.height, theirsL.height) + BOX_PAD;
  return {
    width,
    height: longTop + longH + 4,
    boxes,
    arrows,
    badge: { cx, cy, r, lines: badgeLines(cycleSub, r * 1.62, measure) },
    longings: {
      x: 0,
      y: longTop,
      w: width,
      h: longH,
      columns: [
        { x: BOX_PAD, y: longTop + BOX_PAD + headH, lines: mineL.lines },
        { x: rightX + BOX_PAD, y: longTop + BOX_PAD + headH, lines: theirsL.lines },
      ],
    },
  };
}

/** Stacked for narrow screens: the four parts one under the other, the loop closing on the left. */
function narrowLayout(width: number, c: Contents, myLonging: Part[], theirLonging: Part[], measure: Measure, cycleSub: string): Drawing {
  const margin = 34;
  const boxX = margin;
  const boxW = width - margin;
  const gap = 52;
  const badgeW = Math.min(boxW - 60, 340);
  const subLines = badgeLines(cycleSub, badgeW - 48, measure);
  const badgeH = Math.max(84, 44 + subLines.length * BADGE_LINE + 14);
  const badgeGap = badgeH + 40;
  const arrowX = boxX + 26;
  const order = [c.myMoves, c.theirUnder, c.theirMoves, c.myUnder];
  const boxes: Box[] = [];
  const arrows: Arrow[] = [];
  let y = 4;
  let badge: Badge = { cx: 0, cy: 0, lines: [] };
  order.forEach((content, i) => {
    const box = place(content.side, content.parts, boxX, boxW, measure);
    boxes.push({ ...box, y });
    y += box.h;
    if (i === order.length - 1) return;
    const thisGap = i === 1 ? badgeGap : gap;
    const kind = i === 1 ? 'leadsTo' : 'stirs';
    arrows.push({
      d: `M ${arrowX} ${y + 6} V ${y + thisGap - 8}`,
      label: i === 1 ? undefined : { x: arrowX + 14, y: y + thisGap / 2 + 5, kind, anchor: 'start' },
    });
    if (i === 1) {
      badge = { cx: boxX + 52 + badgeW / 2, cy: y + thisGap / 2, w: badgeW, h: badgeH, lines: subLines };
    }
    y += thisGap;
  });
  // Back round: from what I feel underneath up to what I do.
  const first = boxes[0]!;
  const last = boxes[boxes.length - 1]!;
  const fromY = last.y + Math.min(48, last.h / 2);
  const toY = first.y + Math.min(48, first.h / 2);
  const left = 10;
  arrows.push({ d: `M ${boxX - 4} ${fromY} H ${left + 10} Q ${left} ${fromY} ${left} ${fromY - 10} V ${toY + 10} Q ${left} ${toY} ${left + 10} ${toY} H ${boxX - 6}` });

  const longTop = y + 32;
  const inner = width - 2 * BOX_PAD;
  const mineL = placeParts(myLonging, inner, measure);
  const theirsL = placeParts(theirLonging, inner, measure);
  const headH = 34;
  const between = 10;
  const longH = BOX_PAD + headH + mineL.height + between + theirsL.height + BOX_PAD;
  return {
    width,
    height: longTop + longH + 4,
    boxes,
    arrows,
    badge,
    longings: {
      x: 0,
      y: longTop,
      w: width,
      h: longH,
      columns: [
        { x: BOX_PAD, y: longTop + BOX_PAD + headH, lines: mineL.lines },
        { x: BOX_PAD, y: longTop + BOX_PAD + headH + mineL.height + between, lines: theirsL.lines },
      ],
    },
  };
}

/** The same cycle in words, for screen readers and for anyone who prefers reading it. */
function CycleAsText({ mine, partner, names }: { mine: CycleSideView; partner: CycleSideView; names: Names }) {
  const { t } = useTranslation('cycle');
  const orNothing = (value: string) => (value.trim() ? value : t('drawing.nothing'));
  const underneath = (side: CycleSideView): ReactNode => (
    <ul className="soft-list">
      <li>{t('drawing.text.feelings', { text: orNothing(side.feelingsUnderneath) })}</li>
      <li>{t('drawing.text.fears', { text: orNothing(side.fears) })}</li>
    </ul>
  );
  const moves = (side: CycleSideView): ReactNode => (
    <ul className="soft-list">
      {side.myMoves.map((move, i) => (
        <li key={i}>{move}</li>
      ))}
    </ul>
  );
  return (
    <details className="cycle-as-text">
      <summary>{t('drawing.asText')}</summary>
      <ol className="cycle-steps">
        <li>
          <p>{t('drawing.text.step1')}</p>
          {moves(mine)}
        </li>
        <li>
          <p>{t('drawing.text.step2', { partner: names.partner })}</p>
          {underneath(partner)}
        </li>
        <li>
          <p>{t('drawing.text.step3', { partner: names.partner })}</p>
          {moves(partner)}
        </li>
        <li>
          <p>{t('drawing.text.step4')}</p>
          {underneath(mine)}
        </li>
        <li>
          <p>{t('drawing.text.step5')}</p>
        </li>
      </ol>
      <p className="cycle-steps-longings">{t('drawing.text.longings')}</p>
      <ul className="soft-list">
        <li>{t('drawing.text.longingYou', { text: orNothing(mine.longings) })}</li>
        <li>{t('drawing.text.longingPartner', { partner: names.partnerLabel, text: orNothing(partner.longings) })}</li>
      </ul>
    </details>
  );
}
