import { textFor, type CheckupResult, type ExerciseCatalog, type Instrument, type LocalizedText } from '../../../shared/checkup/index.ts';
import type {
  CheckupView,
  CoupleReportView,
  ExerciseView,
  InstrumentView,
  ResultSummary,
  ResultView,
} from '../../../shared/contracts/checkup.ts';
import type { CheckupResultRecord } from './repository.ts';
import type { CheckupState, CoupleReport, MyResult, SavedDraft, ScoredResult } from './service.ts';

/** The language of the texts (content files are English today; others fall back to it). */
export const TEXT_LOCALE = 'en';

const say = (text: LocalizedText | undefined, locale: string) => (text ? textFor(text, locale) : '');

export function presentInstrument(instrument: Instrument, locale: string): InstrumentView {
  const t = (text: LocalizedText) => say(text, locale);
  return {
    id: instrument.id,
    version: instrument.version,
    title: t(instrument.texts.title),
    intro: t(instrument.texts.intro),
    instructions: t(instrument.texts.instructions),
    disclaimer: t(instrument.texts.disclaimer),
    closing: instrument.texts.closing ? t(instrument.texts.closing) : null,
    estimatedMinutes: instrument.estimatedMinutes,
    dimensions: instrument.dimensions.map((d) => ({ key: d.key, kind: d.kind, name: t(d.name), description: t(d.description) })),
    items: instrument.items.map((item) => {
      const scale = instrument.scales[item.scale]!;
      return {
        id: item.id,
        dimension: item.dimension,
        text: t(item.text),
        scale: { min: scale.min, max: scale.max, labels: scale.labels.map((l) => ({ value: l.value, text: t(l.text) })) },
      };
    }),
    overall: { name: t(instrument.overall.name), description: t(instrument.overall.description) },
  };
}

export function presentProgress({ instrument, draft }: SavedDraft): CheckupView['progress'] {
  return {
    answered: draft.answers.length,
    total: instrument.items.length,
    answers: draft.answers.map((a) => ({ itemId: a.itemId, value: a.value })),
    startedAt: draft.startedAt,
    updatedAt: draft.updatedAt,
  };
}

export function presentCheckup(state: CheckupState, instruments: readonly Instrument[], locale: string): CheckupView {
  const { instrument, latest } = state;
  return {
    instrument: presentInstrument(instrument, locale),
    progress: presentProgress(state),
    latestResult: latest ? presentRef(latest) : null,
    instruments: instruments.map((i) => ({ id: i.id, title: say(i.texts.title, locale) })),
  };
}

export const presentRef = (r: CheckupResultRecord) => ({ id: r.id, number: r.number, submittedAt: r.submittedAt });

export function presentSummary({ record, scores, shared }: ScoredResult): ResultSummary {
  return {
    id: record.id,
    instrumentId: record.instrumentId,
    instrumentVersion: scores.instrumentVersion,
    number: record.number,
    submittedAt: record.submittedAt,
    shared,
    overall: { score: scores.overall.score, band: scores.overall.band, outlook: scores.overall.outlook },
    dimensions: scores.dimensions.map((d) => ({ key: d.key, score: d.score, band: d.band, outlook: d.outlook })),
  };
}

export function presentExercise(catalog: ExerciseCatalog, id: string, locale: string): ExerciseView {
  const exercise = catalog.exercises.find((e) => e.id === id);
  if (!exercise) throw new Error(`unknown exercise "${id}"`);
  return {
    id: exercise.id,
    title: say(exercise.title, locale),
    summary: say(exercise.summary, locale),
    minutes: exercise.minutes,
    joint: exercise.joint,
    kind: exercise.kind,
  };
}

function bandOf(instrument: Instrument, key: string, bandKey: string) {
  return instrument.bands[key]!.find((b) => b.key === bandKey)!;
}

export function presentResult(result: MyResult, catalog: ExerciseCatalog, locale: string): ResultView {
  const { record, scores, instrument } = result;
  const t = (text: LocalizedText) => say(text, locale);
  const dimension = new Map(instrument.dimensions.map((d) => [d.key, d]));
  const overallBand = instrument.overall.bands.find((b) => b.key === scores.overall.band)!;
  return {
    id: record.id,
    instrumentId: instrument.id,
    instrumentVersion: scores.instrumentVersion,
    title: t(instrument.texts.title),
    number: record.number,
    submittedAt: record.submittedAt,
    shared: result.shared,
    disclaimer: t(instrument.texts.disclaimer),
    overall: {
      name: t(instrument.overall.name),
      description: t(instrument.overall.description),
      score: scores.overall.score,
      band: overallBand.key,
      label: t(overallBand.label),
      outlook: scores.overall.outlook,
      interpretation: t(overallBand.interpretation),
    },
    dimensions: scores.dimensions.map((d) => {
      const band = bandOf(instrument, d.key, d.band);
      const info = dimension.get(d.key)!;
      return {
        key: d.key,
        kind: d.kind,
        name: t(info.name),
        description: t(info.description),
        score: d.score,
        band: d.band,
        label: t(band.label),
        outlook: d.outlook,
        interpretation: t(band.interpretation),
        exercises: (result.exercises.get(d.key) ?? []).map((id) => presentExercise(catalog, id, locale)),
      };
    }),
    answers: result.answers.map((a) => ({ itemId: a.itemId, value: a.value })),
  };
}

const scoreOf = (scores: CheckupResult, key: string) => scores.dimensions.find((d) => d.key === key)!.score;

export function presentCoupleReport(report: CoupleReport, catalog: ExerciseCatalog, locale: string): CoupleReportView {
  const { instrument, comparison } = report;
  const t = (text: LocalizedText) => say(text, locale);
  const dimension = new Map(instrument.dimensions.map((d) => [d.key, d]));
  return {
    instrument: { id: instrument.id, version: instrument.version, title: t(instrument.texts.title) },
    partner: report.partner,
    mine: {
      resultId: report.mine.record.id,
      number: report.mine.coupleNumber,
      submittedAt: report.mine.record.submittedAt,
      shared: report.mine.shared,
    },
    partnerResult: {
      number: report.partnerResult.coupleNumber,
      submittedAt: report.partnerResult.record.submittedAt,
      shared: report.partnerResult.shared,
    },
    dimensions: comparison.dimensions.map((d) => {
      const info = dimension.get(d.key)!;
      return {
        key: d.key,
        kind: d.kind,
        name: t(info.name),
        description: t(info.description),
        mine: d.mine,
        partner: d.partner,
        mineBand: d.mineBand,
        partnerBand: d.partnerBand,
        mineLabel: t(bandOf(instrument, d.key, d.mineBand).label),
        partnerLabel: t(bandOf(instrument, d.key, d.partnerBand).label),
        mineOutlook: d.mineOutlook,
        partnerOutlook: d.partnerOutlook,
        difference: d.difference,
        agreement: d.agreement,
      };
    }),
    overall: { name: t(instrument.overall.name), ...comparison.overall },
    strengths: [...comparison.strengths],
    growthAreas: [...comparison.growthAreas],
    worthTalkingAbout: [...comparison.worthTalkingAbout],
    firstStepsFrom: [...comparison.firstStepsFrom],
    firstSteps: report.firstSteps.map((id) => presentExercise(catalog, id, locale)),
    partnerAnswers: report.partnerAnswers && report.partnerAnswers.map((a) => ({ itemId: a.itemId, value: a.value })),
    history: report.history.map((p) => ({
      at: p.at,
      mine: { number: p.mine.coupleNumber, submittedAt: p.mine.record.submittedAt },
      partner: { number: p.partner.coupleNumber, submittedAt: p.partner.record.submittedAt },
      overall: { mine: p.mine.scores.overall.score, partner: p.partner.scores.overall.score },
      dimensions: instrument.dimensions.map((d) => ({ key: d.key, mine: scoreOf(p.mine.scores, d.key), partner: scoreOf(p.partner.scores, d.key) })),
    })),
    disclaimer: t(instrument.texts.disclaimer),
  };
}
