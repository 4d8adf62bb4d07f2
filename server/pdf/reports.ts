import type { CoupleReportView, ExerciseView, ResultView } from '../../shared/contracts/checkup.ts';
import type { Translate } from '../i18n.ts';
import { COLORS, PdfWriter, barChartHeight, drawBarChart, type BarRow } from './writer.ts';

/**
 * The printable check-up reports. They render the same views the JSON API returns, so a PDF
 * can never hold more than its reader may see: my result for me only, and the couple report
 * with first steps chosen for the reader's own safety.
 */

const LANG = 'en';

function formatDate(timestamp: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(timestamp));
}

function exerciseLine(t: Translate, e: ExerciseView): string {
  return t('pdf:common.exercise', { title: e.title, minutes: e.minutes, summary: e.summary });
}

/**
 * One chart per kind of dimension, so that bars pointing the same way mean the same thing: where
 * distance may come from (higher = more distance), then what holds the couple together (higher =
 * stronger).
 */
function charts(
  pdf: PdfWriter,
  t: Translate,
  dimensions: readonly { kind: 'dynamic' | 'strength'; name: string }[],
  row: (index: number) => BarRow,
  alt: (summary: string) => string,
  item: (index: number) => string,
  legend: readonly { label: string; color: string }[] = [],
): void {
  for (const kind of ['dynamic', 'strength'] as const) {
    const indexes = dimensions.flatMap((d, i) => (d.kind === kind ? [i] : []));
    if (indexes.length === 0) continue;
    const rows = indexes.map(row);
    // Keep the heading, its hint and the chart on one page.
    pdf.ensureSpace(70 + barChartHeight(rows));
    pdf.heading(3, t(kind === 'dynamic' ? 'pdf:common.dynamicsHeading' : 'pdf:common.strengthsHeading'));
    pdf.paragraph(t(kind === 'dynamic' ? 'pdf:common.dynamicsHint' : 'pdf:common.strengthsHint'), { size: 9.5, color: COLORS.muted });
    const summary = indexes.map(item).join('; ');
    pdf.figure(alt(summary), barChartHeight(rows), (x, y, width) => drawBarChart(pdf.doc, rows, x, y, width, legend));
  }
  pdf.paragraph(t('pdf:common.howToRead'), { size: 9.5, color: COLORS.muted });
}

function footer(t: Translate) {
  return (page: number, pages: number) => t('pdf:common.footer', { page, pages });
}

export async function renderResultPdf(view: ResultView, t: Translate): Promise<Buffer> {
  const title = t('pdf:result.title');
  const pdf = new PdfWriter({ title, subject: t('pdf:result.subject'), lang: LANG, date: new Date(view.submittedAt) });

  pdf.heading(1, title);
  pdf.paragraph(`${view.title} · ${t('pdf:result.number', { number: view.number })} · ${t('pdf:common.takenOn', { date: formatDate(view.submittedAt) })}`, {
    color: COLORS.muted,
  });
  pdf.paragraph(t('pdf:common.notDiagnosis'), { size: 9.5, color: COLORS.muted });

  pdf.heading(2, t('pdf:result.overallHeading'));
  pdf.paragraph(t('pdf:result.overallLine', { score: view.overall.score, label: view.overall.label }), { bold: true });
  pdf.paragraph(view.overall.interpretation);

  pdf.heading(2, t('pdf:result.chartHeading'));
  const dims = view.dimensions;
  charts(
    pdf,
    t,
    dims,
    (i) => ({ label: dims[i]!.name, bars: [{ value: dims[i]!.score, color: COLORS.accent }] }),
    (summary) => t('pdf:result.chartAlt', { summary }),
    (i) => t('pdf:result.chartItem', { name: dims[i]!.name, score: dims[i]!.score }),
  );

  pdf.heading(2, t('pdf:result.areasHeading'));
  for (const d of view.dimensions) {
    pdf.heading(3, d.name);
    pdf.paragraph(t('pdf:result.areaLine', { score: d.score, label: d.label }), { bold: true });
    pdf.paragraph(d.interpretation);
    pdf.paragraph(t('pdf:result.exercisesHeading'), { size: 10, color: COLORS.muted });
    if (d.exercises.length > 0) pdf.list(d.exercises.map((e) => exerciseLine(t, e)));
    else pdf.paragraph(t('pdf:result.noExercises'));
  }
  pdf.paragraph(view.disclaimer, { size: 9.5, color: COLORS.muted });
  pdf.paragraph(t('pdf:common.private'), { size: 9.5, color: COLORS.muted });
  return pdf.finish(footer(t));
}

export async function renderCoupleReportPdf(view: CoupleReportView, t: Translate): Promise<Buffer> {
  const title = t('pdf:couple.title');
  // The report is as new as the later of the two results.
  const latest = [view.mine.submittedAt, view.partnerResult.submittedAt].sort().at(-1)!;
  const pdf = new PdfWriter({ title, subject: t('pdf:couple.subject'), lang: LANG, date: new Date(latest) });
  const me = t('pdf:couple.you');
  const partner = view.partner.name;
  const names = new Map(view.dimensions.map((d) => [d.key, d.name]));
  const nameList = (keys: readonly string[]) => keys.map((k) => names.get(k) ?? k);

  pdf.heading(1, title);
  pdf.paragraph(`${view.instrument.title} · ${t('pdf:couple.between', { me, partner })}`, { color: COLORS.muted });
  pdf.paragraph(
    t('pdf:couple.dates', {
      me,
      partner,
      myNumber: view.mine.number,
      myDate: formatDate(view.mine.submittedAt),
      partnerNumber: view.partnerResult.number,
      partnerDate: formatDate(view.partnerResult.submittedAt),
    }),
    { size: 9.5, color: COLORS.muted },
  );
  pdf.paragraph(t('pdf:common.notDiagnosis'), { size: 9.5, color: COLORS.muted });

  pdf.heading(2, t('pdf:couple.overallHeading'));
  pdf.paragraph(t('pdf:couple.overallLine', { me, partner, mine: view.overall.mine, theirs: view.overall.partner }), { bold: true });

  pdf.heading(2, t('pdf:couple.chartHeading'));
  pdf.paragraph(t('pdf:couple.legend', { me, partner }), { size: 9.5, color: COLORS.muted });
  const dims = view.dimensions;
  charts(
    pdf,
    t,
    dims,
    (i) => ({
      label: dims[i]!.name,
      bars: [
        { value: dims[i]!.mine, color: COLORS.accent },
        { value: dims[i]!.partner, color: COLORS.partner },
      ],
    }),
    (summary) => t('pdf:couple.chartAlt', { me, partner, summary }),
    (i) => t('pdf:couple.chartItem', { name: dims[i]!.name, me, partner, mine: dims[i]!.mine, theirs: dims[i]!.partner }),
    [
      { label: me, color: COLORS.accent },
      { label: partner, color: COLORS.partner },
    ],
  );

  pdf.heading(2, t('pdf:couple.strengthsHeading'));
  if (view.strengths.length) pdf.list(nameList(view.strengths));
  else pdf.paragraph(t('pdf:couple.none'));

  pdf.heading(2, t('pdf:couple.growthHeading'));
  if (view.growthAreas.length) pdf.list(nameList(view.growthAreas));
  else pdf.paragraph(t('pdf:couple.none'));

  pdf.heading(2, t('pdf:couple.talkHeading'));
  if (view.worthTalkingAbout.length) {
    pdf.paragraph(t('pdf:couple.talkIntro'));
    pdf.list(nameList(view.worthTalkingAbout));
  } else {
    pdf.paragraph(t('pdf:couple.none'));
  }

  pdf.heading(2, t('pdf:couple.firstStepsHeading'));
  if (view.firstSteps.length) pdf.list(view.firstSteps.map((e) => exerciseLine(t, e)));
  else pdf.paragraph(t('pdf:couple.noFirstSteps'));

  pdf.heading(2, t('pdf:couple.areasHeading'));
  for (const d of view.dimensions) {
    pdf.paragraph(
      t('pdf:couple.areaLine', {
        name: d.name,
        me,
        partner,
        mine: d.mine,
        theirs: d.partner,
        mineLabel: d.mineLabel,
        partnerLabel: d.partnerLabel,
        agreement: t(`pdf:couple.agreement.${d.agreement}`),
      }),
    );
  }
  pdf.paragraph(view.disclaimer, { size: 9.5, color: COLORS.muted });
  return pdf.finish(footer(t));
}
