import { strToU8, zipSync } from 'fflate';
import { questionText, soloText } from '../../../shared/content/lovemap/bank.ts';
import type { Translate } from '../../i18n.ts';
import type { Clock } from '../../lib/time.ts';
import { iso } from '../../lib/time.ts';
import type { AccountService } from '../accounts/service.ts';
import type { AftermathService } from '../aftermath/service.ts';
import type { Appreciation } from '../appreciations/repository.ts';
import type { AppreciationService, Box } from '../appreciations/service.ts';
import { presentInstrument, presentResult, TEXT_LOCALE } from '../checkup/presenter.ts';
import type { CheckupService } from '../checkup/service.ts';
import type { CoupleService } from '../couples/service.ts';
import type { CycleMapService } from '../cycle/service.ts';
import type { RitualService } from '../rituals/service.ts';
import { DEFAULT_LOCALE, presentScreen } from '../safety/presenter.ts';
import type { SafetyService } from '../safety/service.ts';
import type { TalkService } from '../talk/service.ts';
import { canonicalTimeZone } from '../../lib/local-time.ts';
import type { TodayService } from '../today/service.ts';
import type { ExportArea } from './area.ts';
import { accountArea, type AccountData } from './areas/account.ts';
import { aftermathArea, type AftermathData } from './areas/aftermath.ts';
import { appreciationsArea, type AppreciationsData } from './areas/appreciations.ts';
import { checkInsArea, type CheckInsData } from './areas/check-ins.ts';
import { checkupsArea, type CheckupsData } from './areas/checkups.ts';
import { cycleMapArea, type CycleMapData } from './areas/cycle-map.ts';
import { loveMapArea, type LoveMapData } from './areas/love-map.ts';
import { ritualsArea, type RitualsData } from './areas/rituals.ts';
import { safetyArea, type SafetyData } from './areas/safety.ts';
import { talkArea, type TalkData } from './areas/talk.ts';
import { makeKit } from './kit.ts';
import { renderPage } from './page.ts';
import { renderReadme } from './readme.ts';

export interface ExportDeps {
  clock: Clock;
  t: Translate;
  accounts: AccountService;
  couples: CoupleService;
  checkup: CheckupService;
  safety: SafetyService;
  today: TodayService;
  appreciations: AppreciationService;
  talk: TalkService;
  aftermath: AftermathService;
  cycle: CycleMapService;
  rituals: RitualService;
}

interface ExportData {
  account: AccountData;
  checkups: CheckupsData;
  safety: SafetyData;
  checkIns: CheckInsData;
  loveMap: LoveMapData;
  appreciations: AppreciationsData;
  talk: TalkData;
  aftermath: AftermathData;
  cycleMap: CycleMapData;
  rituals: RitualsData;
}

type Areas = { [K in keyof ExportData]: ExportArea<ExportData[K]> };

/** The areas in the order the page shows them. */
const AREAS: Areas = {
  account: accountArea,
  checkups: checkupsArea,
  safety: safetyArea,
  checkIns: checkInsArea,
  loveMap: loveMapArea,
  appreciations: appreciationsArea,
  talk: talkArea,
  aftermath: aftermathArea,
  cycleMap: cycleMapArea,
  rituals: ritualsArea,
};

/** More than anyone writes; the export reads everything there is. */
const EVERYTHING = 100_000;

/**
 * A person's own data as a zip: JSON per area, README.txt and a readable hearth-export.html
 * (docs/privacy.md, section 4). Everything is read through the areas' services, which decide what
 * the person may see exactly as their pages do: their own words, and what was shared with them —
 * never the partner's private items.
 */
export class ExportService {
  constructor(private readonly deps: ExportDeps) {}

  async build(accountId: string, options: { timeZone?: string } = {}): Promise<{ zip: Uint8Array; filename: string }> {
    const now = this.deps.clock();
    const exportedAt = iso(now);
    const data = await this.collect(accountId);
    const locale = data.account.account.locale;
    const timeZone = (options.timeZone && canonicalTimeZone(options.timeZone)) || 'UTC';
    const kit = makeKit(this.deps.t, locale, timeZone);
    const keys = Object.keys(AREAS) as (keyof ExportData)[];
    const files: Record<string, Uint8Array> = {};
    const sections: { id: string; title: string; body: string }[] = [];
    for (const key of keys) {
      const area = AREAS[key] as ExportArea<unknown>;
      const json = { format: 'hearth-export', version: 1, area: area.key, exportedAt, ...(area.json(data[key], accountId) as object) };
      files[area.file] = strToU8(`${JSON.stringify(json, null, 2)}\n`);
      sections.push({ id: area.key, title: kit.t(`${area.key}.title`), body: area.html(data[key], kit, accountId) });
    }
    files['README.txt'] = strToU8(renderReadme(kit, exportedAt, keys.map((k) => AREAS[k])));
    files['hearth-export.html'] = strToU8(renderPage(kit, { lang: locale, exportedAt, timeZone, sections }));
    const zip = zipSync(files, { level: 6, mtime: now });
    return { zip, filename: `hearth-export-${exportedAt.slice(0, 10)}.zip` };
  }

  private async collect(accountId: string): Promise<ExportData> {
    const d = this.deps;
    const viewer = await d.couples.viewer(accountId);
    const standing = await d.couples.standing(accountId);
    const [account, checkups, safety, checkIns, loveMap, appreciations, talk, aftermath, cycleMap, rituals] = await Promise.all([
      d.accounts.describe(accountId),
      this.checkups(viewer),
      d.safety.answersOf(viewer),
      d.today.checkInsForExport(accountId),
      d.today.loveMapForExport(accountId),
      this.appreciations(accountId),
      Promise.all([d.talk.list(accountId, 'all', EVERYTHING), d.talk.list(accountId, 'before', EVERYTHING), d.talk.drafts(accountId)]),
      d.aftermath.forExport(accountId),
      d.cycle.forExport(accountId),
      d.rituals.list(accountId),
    ]);
    const membership = standing.membership;
    return {
      account: { account, couple: membership ? { since: membership.since, partnerName: membership.partnerName } : null },
      checkups,
      safety: { screen: presentScreen(d.safety.screen, DEFAULT_LOCALE), record: safety },
      checkIns,
      loveMap: {
        answers: loveMap.map((a) => ({ ...a, text: a.question.kind === 'question' ? questionText(a.question.id, d.t) : soloText(a.question.id, d.t) })),
      },
      appreciations,
      talk: { current: talk[0], before: talk[1], drafts: talk[2] },
      aftermath,
      cycleMap,
      rituals: { rituals },
    };
  }

  private async checkups(viewer: Awaited<ReturnType<CoupleService['viewer']>>): Promise<CheckupsData> {
    const { checkup } = this.deps;
    const results: CheckupsData['results'] = [];
    for (const instrument of checkup.instruments) {
      const view = presentInstrument(instrument, TEXT_LOCALE);
      for (const { record } of (await checkup.listResults(viewer, instrument.id)).results) {
        results.push({ result: presentResult(await checkup.result(viewer, record.id), checkup.exercises, TEXT_LOCALE), instrument: view });
      }
    }
    return { results };
  }

  private async appreciations(accountId: string): Promise<AppreciationsData> {
    const all = async (box: Box): Promise<Appreciation[]> => {
      const items: Appreciation[] = [];
      let cursor: string | undefined;
      do {
        const page = await this.deps.appreciations.list(accountId, box, cursor, 50);
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    };
    const [current, before, drafts] = await Promise.all([all('all'), all('before'), all('drafts')]);
    return { current, before, drafts };
  }
}
