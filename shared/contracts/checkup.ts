import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/**
 * The Connection Check-up API. Messages are i18n keys, as in the other contracts.
 * Texts inside the views come from the instrument and exercise files, already in the person's
 * language.
 */

/** Ids the app made (`newId()`); anything else answers 400 before it reaches a database. */
export const RecordId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
export const InstrumentId = z.string().min(1).max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** Every check-up route may name another loaded instrument; the built-in one is the default. */
export const InstrumentQuery = z.object({ instrument: InstrumentId.optional() });
export const ResultParams = z.object({ id: RecordId });

export const AnswerView = z.object({ itemId: z.string(), value: z.int() });

export const SaveCheckupAnswersBody = z.object({
  answers: z
    .array(z.object({ itemId: z.string().min(1).max(80), value: z.int() }))
    .min(1)
    .max(500),
});
export const SetResultSharingBody = z.object({ shared: z.boolean() });

export const ScaleView = z.object({
  min: z.int(),
  max: z.int(),
  labels: z.array(z.object({ value: z.int(), text: z.string() })),
});

export const DimensionKind = z.enum(['dynamic', 'strength']);
export const Outlook = z.enum(['growth', 'middle', 'strength']);

export const InstrumentView = z.object({
  id: z.string(),
  version: z.int(),
  title: z.string(),
  intro: z.string(),
  instructions: z.string(),
  disclaimer: z.string(),
  closing: z.string().nullable(),
  estimatedMinutes: z.int(),
  dimensions: z.array(z.object({ key: z.string(), kind: DimensionKind, name: z.string(), description: z.string() })),
  items: z.array(z.object({ id: z.string(), dimension: z.string(), text: z.string(), scale: ScaleView })),
  overall: z.object({ name: z.string(), description: z.string() }),
});

export const ResultRef = z.object({ id: Id, number: z.int(), submittedAt: Timestamp });

/** The current draft: resume it on any device. Empty again after a submit (a retake starts fresh). */
export const CheckupProgress = z.object({
  answered: z.int(),
  total: z.int(),
  answers: z.array(AnswerView),
  startedAt: Timestamp.nullable(),
  updatedAt: Timestamp.nullable(),
});

export const CheckupView = z.object({
  instrument: InstrumentView,
  progress: CheckupProgress,
  latestResult: ResultRef.nullable(),
  /** Every loaded instrument (the built-in one first). */
  instruments: z.array(z.object({ id: z.string(), title: z.string() })),
});

/** What an autosave answers: the draft as saved. */
export const SavedAnswersView = z.object({ progress: CheckupProgress });

export const ScoreSummary = z.object({ key: z.string(), score: z.int(), band: z.string(), outlook: Outlook });

export const ResultSummary = z.object({
  id: Id,
  instrumentId: z.string(),
  instrumentVersion: z.int(),
  /** 1 for the first time the person took this instrument, 2 for the first retake … */
  number: z.int(),
  submittedAt: Timestamp,
  shared: z.boolean(),
  overall: z.object({ score: z.int(), band: z.string(), outlook: Outlook }),
  dimensions: z.array(ScoreSummary),
});
export const ResultList = z.object({ results: z.array(ResultSummary) });

export const ExerciseView = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  minutes: z.int(),
  joint: z.boolean(),
  kind: z.enum(['conflict', 'connection', 'reflection']),
});

export const ResultView = z.object({
  id: Id,
  instrumentId: z.string(),
  instrumentVersion: z.int(),
  title: z.string(),
  number: z.int(),
  submittedAt: Timestamp,
  shared: z.boolean(),
  disclaimer: z.string(),
  overall: z.object({
    name: z.string(),
    description: z.string(),
    score: z.int(),
    band: z.string(),
    label: z.string(),
    outlook: Outlook,
    interpretation: z.string(),
  }),
  dimensions: z.array(
    z.object({
      key: z.string(),
      kind: DimensionKind,
      name: z.string(),
      description: z.string(),
      score: z.int(),
      band: z.string(),
      label: z.string(),
      outlook: Outlook,
      interpretation: z.string(),
      /** Already chosen for the person's own safety. */
      exercises: z.array(ExerciseView),
    }),
  ),
  /** The person's own answers (only they see this view). */
  answers: z.array(AnswerView),
});

export const SharingView = z.object({ id: Id, shared: z.boolean() });

export const Agreement = z.enum(['bothStrength', 'bothGrowth', 'different', 'middle']);

export const CoupleReportView = z.object({
  instrument: z.object({ id: z.string(), version: z.int(), title: z.string() }),
  partner: z.object({ id: Id, name: z.string() }),
  mine: z.object({ resultId: Id, number: z.int(), submittedAt: Timestamp, shared: z.boolean() }),
  partnerResult: z.object({ number: z.int(), submittedAt: Timestamp, shared: z.boolean() }),
  dimensions: z.array(
    z.object({
      key: z.string(),
      kind: DimensionKind,
      name: z.string(),
      description: z.string(),
      mine: z.int(),
      partner: z.int(),
      mineBand: z.string(),
      partnerBand: z.string(),
      mineLabel: z.string(),
      partnerLabel: z.string(),
      mineOutlook: Outlook,
      partnerOutlook: Outlook,
      difference: z.int(),
      agreement: Agreement,
    }),
  ),
  overall: z.object({ name: z.string(), mine: z.int(), partner: z.int(), difference: z.int() }),
  /** Dimension keys: up to three both see as a strength, strongest first. */
  strengths: z.array(z.string()),
  /** Dimension keys: up to three both see as room to grow, most room first. */
  growthAreas: z.array(z.string()),
  /** Dimension keys seen differently, biggest difference first. */
  worthTalkingAbout: z.array(z.string()),
  firstStepsFrom: z.array(z.string()),
  /** Already chosen for the viewer's own safety. */
  firstSteps: z.array(ExerciseView),
  /** The partner's item answers, only when the partner shared this result. */
  partnerAnswers: z.array(AnswerView).nullable(),
  /**
   * One point each time either partner submitted (once both had a result), with each partner's
   * latest result at that moment; oldest first. The last point is the report above.
   */
  history: z.array(
    z.object({
      at: Timestamp,
      mine: z.object({ number: z.int(), submittedAt: Timestamp }),
      partner: z.object({ number: z.int(), submittedAt: Timestamp }),
      overall: z.object({ mine: z.int(), partner: z.int() }),
      dimensions: z.array(z.object({ key: z.string(), mine: z.int(), partner: z.int() })),
    }),
  ),
  disclaimer: z.string(),
});

export type InstrumentView = z.infer<typeof InstrumentView>;
export type CheckupView = z.infer<typeof CheckupView>;
export type ResultSummary = z.infer<typeof ResultSummary>;
export type ResultView = z.infer<typeof ResultView>;
export type ExerciseView = z.infer<typeof ExerciseView>;
export type CoupleReportView = z.infer<typeof CoupleReportView>;
