import type { AftermathStepName } from '../../../../shared/contracts/aftermath.ts';
import { presentAftermath, presentAftermathBefore } from '../../aftermath/presenter.ts';
import type { AftermathBefore, AftermathForViewer } from '../../aftermath/service.ts';
import type { ExportArea } from '../area.ts';
import { meta, none, quote, type Kit } from '../kit.ts';

export interface AftermathData {
  /** The current couple's, as I see them: my steps and the partner's revealed ones. */
  current: AftermathForViewer[];
  /** My own steps in every other Aftermath. */
  others: AftermathBefore[];
}

interface StepLine {
  step: AftermathStepName;
  mine: { text: string; done: boolean } | null;
  partner?: string;
}

function aftermathHtml(kit: Kit, startedAt: string, steps: readonly StepLine[], heading: string): string {
  const lines = steps
    .filter((s) => s.mine || s.partner !== undefined)
    .map(
      (s) =>
        `<li><h4>${kit.esc(kit.t(`aftermath.steps.${s.step}`))}</h4>` +
        (s.mine ? `<p class="who">${kit.esc(kit.t('aftermath.yours'))}${s.mine.done ? '' : ` ${kit.esc(kit.t('aftermath.notFinished'))}`}</p>${quote(kit, s.mine.text)}` : '') +
        (s.partner !== undefined ? `<p class="who">${kit.esc(kit.t('aftermath.partner'))}</p>${quote(kit, s.partner)}` : '') +
        `</li>`,
    );
  return `<h3>${kit.esc(heading)}</h3>${meta(kit, kit.t('aftermath.started', { date: kit.date(startedAt) }))}<ul class="items">${lines.join('')}</ul>`;
}

export const aftermathArea: ExportArea<AftermathData> = {
  key: 'aftermath',
  file: 'aftermath.json',
  json: (d) => ({ current: d.current.map(presentAftermath), fromBefore: d.others.map(presentAftermathBefore) }),
  html: (d, kit) => {
    if (d.current.length === 0 && d.others.length === 0) return none(kit);
    const current = d.current.map((v) =>
      aftermathHtml(
        kit,
        v.aftermath.createdAt,
        v.steps.map((s) => ({ step: s.step, mine: s.mine, ...(s.partnerText !== undefined ? { partner: s.partnerText } : {}) })),
        kit.t('aftermath.title'),
      ),
    );
    const others = d.others.map((o) => aftermathHtml(kit, o.aftermath.createdAt, o.steps.map((s) => ({ step: s.step, mine: s })), kit.t('aftermath.before')));
    return [...current, ...others].join('');
  },
};
