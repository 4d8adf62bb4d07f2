import type { CheckIn } from '../../today/repository.ts';
import type { ExportArea } from '../area.ts';
import { meta, part, type Kit } from '../kit.ts';

export interface CheckInsData {
  mine: CheckIn[];
  /** Without their notes, which stay private to the partner. */
  partnerShared: CheckIn[];
}

const view = (c: CheckIn) => ({ date: c.date, connection: c.connection, toward: c.toward, away: c.away, against: c.against, note: c.note, shared: c.shared, updatedAt: c.updatedAt });

function line(kit: Kit, c: CheckIn, mine: boolean): string {
  return (
    `<p><strong>${kit.esc(kit.day(c.date))}</strong></p>` +
    `<p>${kit.esc(kit.t('checkIns.line', { connection: c.connection, toward: c.toward, away: c.away, against: c.against }))}</p>` +
    (mine && c.note ? `<p>${kit.esc(kit.t('checkIns.note', { note: c.note }))}</p>` : '') +
    (mine && c.shared ? meta(kit, kit.t('checkIns.shared')) : '')
  );
}

export const checkInsArea: ExportArea<CheckInsData> = {
  key: 'checkIns',
  file: 'check-ins.json',
  json: (d) => ({ mine: d.mine.map(view), partnerShared: d.partnerShared.map(({ date, connection, toward, away, against }) => ({ date, connection, toward, away, against })) }),
  html: (d, kit) => part(kit, kit.t('checkIns.mine'), d.mine.map((c) => line(kit, c, true))) + part(kit, kit.t('checkIns.partner'), d.partnerShared.map((c) => line(kit, c, false))),
};
