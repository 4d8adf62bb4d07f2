import type { ProgressView } from '../../../shared/contracts/progress.ts';
import { readableBy, type Viewer } from '../../access/policy.ts';
import type { Database } from '../../db/database.ts';
import { isNotFound } from '../../http/errors.ts';
import type { Clock } from '../../lib/time.ts';
import { AppreciationRepository } from '../appreciations/repository.ts';
import type { Keyring } from '../keyring/keyring.ts';
import { resolveDay } from '../today/day.ts';
import type { CheckupReader, ScoresLike } from '../today/growth.ts';
import { addDays, canonicalTimeZone, daysBetween, localDate, mondayOf, zonedToUtc, parseDate } from '../../lib/local-time.ts';
import { MembershipRepository } from '../couples/repository.ts';
import { TodayRepository, type CheckIn } from '../today/repository.ts';
import { checkInVisibility } from '../today/service.ts';

export interface ProgressDeps {
  database: Database;
  /** Seals and opens what people wrote (docs/privacy.md, "Data at rest"). */
  keyring: Keyring;
  clock: Clock;
  /** The check-up service (growth areas, retakes); absent in tests that leave the module out. */
  checkup?: CheckupReader;
}

const mean = (values: readonly number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null);
const share = (toward: number, away: number, against: number) => {
  const all = toward + away + against;
  return all ? Math.round((toward / all) * 1000) / 1000 : null;
};

/**
 * Series for the progress charts. "Mine" views may use everything of my own; couple views use only
 * what both can see: shared check-ins of the current couple, its appreciations and its love maps.
 * An unshared check-in counts in my own view only, and never changes anything the partner sees.
 */
export class ProgressService {
  private readonly today: TodayRepository;
  private readonly appreciations: AppreciationRepository;
  private readonly members: MembershipRepository;

  constructor(private readonly deps: ProgressDeps) {
    this.today = new TodayRepository(deps.database.db, deps.keyring);
    this.appreciations = new AppreciationRepository(deps.database.db, deps.keyring);
    this.members = new MembershipRepository(deps.database.db);
  }

  async progress(accountId: string, query: { timeZone?: string; date?: string; weeks: number }): Promise<ProgressView> {
    const now = this.deps.clock();
    const to = resolveDay(now, query);
    const zone = (query.timeZone && canonicalTimeZone(query.timeZone)) || 'UTC';
    const firstWeek = addDays(mondayOf(to), -7 * (query.weeks - 1));
    const from = firstWeek;
    const weeks = Array.from({ length: query.weeks }, (_, i) => addDays(firstWeek, 7 * i));
    const days = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
    const membership = await this.members.partnership(accountId);
    const viewer: Viewer = { accountId, coupleId: membership?.coupleId ?? null };

    // Connection, mine: every check-in of my own.
    const mine = (await this.today.checkInsOf(accountId, addDays(from, -6), to)).map((c) => readableBy(viewer, c, checkInVisibility));
    const mineByDate = new Map(mine.map((c) => [c.date, c]));
    const window = (date: string, values: (d: string) => number[]) => mean(Array.from({ length: 7 }, (_, i) => values(addDays(date, -i))).flat());
    const connectionMine = days.map((date) => ({
      date,
      value: mineByDate.get(date)?.connection ?? null,
      average7: window(date, (d) => (mineByDate.has(d) ? [mineByDate.get(d)!.connection] : [])),
    }));

    const weekOf = (date: string) => mondayOf(date);
    const bidWeeks = (list: readonly CheckIn[]) =>
      weeks.map((week) => {
        const inWeek = list.filter((c) => weekOf(c.date) === week);
        const toward = inWeek.reduce((a, c) => a + c.toward, 0);
        const away = inWeek.reduce((a, c) => a + c.away, 0);
        const against = inWeek.reduce((a, c) => a + c.against, 0);
        return { week, toward, away, against, shareToward: share(toward, away, against) };
      });

    let connectionCouple: ProgressView['connection']['couple'] = null;
    let bidsCouple: ProgressView['bids']['couple'] = null;
    const appreciations = weeks.map((week) => ({ week, given: 0, received: 0 }));
    const loveMaps = weeks.map((week) => ({ week, answeredTogether: 0, total: 0 }));

    if (membership) {
      // Only what both shared, within this couple.
      const shared = (await this.today.sharedCheckIns(membership.coupleId, addDays(from, -6), to)).map((c) => readableBy(viewer, c, checkInVisibility));
      const sharedOf = (who: string) => new Map(shared.filter((c) => c.accountId === who).map((c) => [c.date, c.connection]));
      const myShared = sharedOf(accountId);
      const theirShared = sharedOf(membership.partnerId);
      connectionCouple = days.map((date) => ({
        date,
        mine: myShared.get(date) ?? null,
        partner: theirShared.get(date) ?? null,
        average7: window(date, (d) => [myShared.get(d), theirShared.get(d)].filter((v): v is number => v !== undefined)),
      }));
      bidsCouple = bidWeeks(shared.filter((c) => c.date >= from));

      // Appreciations of the couple, by the week they were sent (in my zone).
      const start = zonedToUtc({ ...parseDate(from), hour: 0, minute: 0 }, zone).toISOString();
      const end = zonedToUtc({ ...parseDate(addDays(to, 1)), hour: 0, minute: 0 }, zone).toISOString();
      for (const a of await this.appreciations.sentTimes(membership.coupleId, start, end)) {
        const bucket = appreciations.find((w) => w.week === weekOf(localDate(new Date(a.sentAt), zone)));
        if (!bucket) continue;
        if (a.authorId === accountId) bucket.given++;
        else bucket.received++;
      }

      // Love-map questions both answered, per week, and the running total.
      const revealed = (await this.today.revealedTimes(membership.coupleId)).map((at) => weekOf(localDate(new Date(at), zone)));
      for (const bucket of loveMaps) {
        bucket.answeredTogether = revealed.filter((w) => w === bucket.week).length;
        bucket.total = revealed.filter((w) => w <= bucket.week).length;
      }
    }

    return {
      from,
      to,
      paired: membership !== undefined,
      connection: { mine: connectionMine, couple: connectionCouple },
      bids: { mine: bidWeeks(mine.filter((c) => c.date >= from)), couple: bidsCouple },
      appreciations,
      loveMaps,
      checkup: await this.checkupSeries(viewer),
    };
  }

  private async checkupSeries(viewer: Viewer): Promise<ProgressView['checkup']> {
    const checkup = this.deps.checkup;
    if (!checkup) return null;
    const { instrument, results } = await checkup.listResults(viewer);
    if (results.length === 0) return null;
    const scores = (s: ScoresLike) => Object.fromEntries(s.dimensions.map((d) => [d.key, d.score]));
    let couple: { at: string; mine: Record<string, number>; partner: Record<string, number> }[] = [];
    if (viewer.coupleId) {
      try {
        const report = await checkup.coupleReport(viewer);
        couple = report.history.map((p) => ({ at: p.at, mine: scores(p.mine.scores), partner: scores(p.partner.scores) }));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
    return {
      dimensions: instrument.dimensions.map((d) => ({ key: d.key, kind: d.kind })),
      mine: [...results].reverse().map((r) => ({ at: r.record.submittedAt, scores: scores(r.scores) })),
      couple,
    };
  }
}
