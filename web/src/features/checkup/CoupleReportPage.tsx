import { useTranslation } from 'react-i18next';
import type { CoupleReportView } from '../../../../shared/contracts/checkup.ts';
import { coupleReportPdfUrl, useCheckup, useCoupleReport } from '../../api/checkup.ts';
import { useSignedIn } from '../../api/me.ts';
import { Actions, ButtonLink } from '../../ui/Button.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { PageLoading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { CompareChoice, StopComparing } from './CompareChoice.tsx';
import { ExerciseList } from './ExerciseList.tsx';
import { ScoreBars } from './ScoreBars.tsx';
import { TrendCharts } from './TrendChart.tsx';

/**
 * The couple report. Until both have chosen to compare and both have submitted, my own choice and
 * one kind sentence that never says whether the partner has chosen or started: the same page
 * whatever the partner has or hasn't done.
 */
export function CoupleReportPage() {
  const { t } = useTranslation('checkup');
  const me = useSignedIn();
  const report = useCoupleReport();

  if (!me.couple) {
    return (
      <Page title={t('couple.title')} lead={t('couple.alone')}>
        <Card className="card--step">
          <p>{t('couple.aloneText')}</p>
          <Actions>
            <ButtonLink to="/invite" variant="secondary">
              {t('result.inviteAction')}
            </ButtonLink>
            <ButtonLink to="/checkup" variant="secondary">
              {t('couple.toCheckup')}
            </ButtonLink>
          </Actions>
        </Card>
      </Page>
    );
  }
  if (report.isError) return <LoadError message={report.error.message} onRetry={() => void report.refetch()} />;
  if (report.isPending) return <PageLoading />;
  if (!report.data) {
    return (
      <Page title={t('couple.title')}>
        <div className="stack" id="couple-empty">
          <CompareChoice />
          <p className="muted">{t('couple.emptyMore')}</p>
        </div>
      </Page>
    );
  }
  return <Report report={report.data} />;
}

function Report({ report }: { report: CoupleReportView }) {
  const { t } = useTranslation('checkup');
  const { date } = useFormatDate();
  const partner = report.partner.name;
  const you = t('chart.you');
  const byKey = Object.fromEntries(report.dimensions.map((d) => [d.key, d]));
  const nameOf = (key: string) => byKey[key]?.name ?? key;
  const dynamics = report.dimensions.filter((d) => d.kind === 'dynamic');
  const strengths = report.dimensions.filter((d) => d.kind === 'strength');

  return (
    <Page title={t('couple.title')} lead={t('couple.lead', { partner, date: date(report.history.at(-1)?.at ?? report.mine.submittedAt) })} className="report">
      <div className="stack">
        <Notice tone="calm">
          <p>{report.disclaimer}</p>
        </Notice>

        <Card title={t('couple.chartTitle')} id="couple-chart">
          <p className="muted">{t('couple.chartText', { partner })}</p>
          <div className="bars-pair">
            <ScoreBars
              caption={t('chart.dynamics')}
              note={t('chart.dynamicsNote')}
              series={[you, partner]}
              rows={dynamics.map((d) => ({ key: d.key, name: d.name, values: [d.mine, d.partner] }))}
            />
            <ScoreBars
              caption={t('chart.strengths')}
              note={t('chart.strengthsNote')}
              series={[you, partner]}
              rows={strengths.map((d) => ({ key: d.key, name: d.name, values: [d.mine, d.partner] }))}
            />
          </div>
          <details className="chart-table">
            <summary>{t('chart.showTable')}</summary>
            <table>
              <caption className="visually-hidden">{t('couple.chartTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.dimension')}</th>
                  <th scope="col">{you}</th>
                  <th scope="col">{partner}</th>
                </tr>
              </thead>
              <tbody>
                {[...report.dimensions, { key: 'overall', name: report.overall.name, mine: report.overall.mine, partner: report.overall.partner }].map((d) => (
                  <tr key={d.key}>
                    <th scope="row">{d.name}</th>
                    <td>{d.mine}</td>
                    <td>{d.partner}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </Card>

        <div className="report-groups">
          <KeyList id="couple-strengths" title={t('couple.strengthsTitle')} text={t('couple.strengthsText')} empty={t('couple.strengthsEmpty')} keys={report.strengths} nameOf={nameOf} />
          <KeyList id="couple-growth" title={t('couple.growthTitle')} text={t('couple.growthText')} empty={t('couple.growthEmpty')} keys={report.growthAreas} nameOf={nameOf} />
          <KeyList
            id="couple-talk"
            title={t('couple.talkTitle')}
            text={t('couple.talkText')}
            empty={t('couple.talkEmpty')}
            keys={report.worthTalkingAbout}
            nameOf={nameOf}
          />
        </div>

        {report.firstSteps.length > 0 && (
          <Card title={t('couple.stepsTitle')} id="couple-steps" className="card--step">
            <p>{t('couple.stepsText')}</p>
            <ExerciseList exercises={report.firstSteps} />
          </Card>
        )}

        <section aria-labelledby="couple-dimensions-title" className="stack stack--tight">
          <h2 id="couple-dimensions-title" className="section-title">
            {t('couple.dimensionsTitle')}
          </h2>
          {report.dimensions.map((d) => (
            <Card key={d.key} title={d.name} id={`couple-${d.key}`} className="dimension">
              <p className="muted">{d.description}</p>
              <dl className="pair-scores">
                <div>
                  <dt>{you}</dt>
                  <dd>
                    <span className="score-number">{d.mine}</span> <span className={`band band--${d.mineOutlook}`}>{d.mineLabel}</span>
                  </dd>
                </div>
                <div>
                  <dt>{partner}</dt>
                  <dd>
                    <span className="score-number">{d.partner}</span> <span className={`band band--${d.partnerOutlook}`}>{d.partnerLabel}</span>
                  </dd>
                </div>
              </dl>
              <p className="agreement">{t(`couple.agreement.${d.agreement}`, { partner })}</p>
            </Card>
          ))}
        </section>

        <PartnerAnswers report={report} />

        {report.history.length > 1 && (
          <Card title={t('couple.historyTitle')} id="couple-history">
            <p className="muted">{t('couple.historyText')}</p>
            <TrendCharts
              dates={report.history.map((h) => h.at)}
              overall={{
                title: report.overall.name,
                series: [
                  { label: you, values: report.history.map((h) => h.overall.mine) },
                  { label: partner, values: report.history.map((h) => h.overall.partner) },
                ],
              }}
              parts={report.dimensions.map((d) => ({
                key: d.key,
                title: d.name,
                series: [
                  { label: you, values: report.history.map((h) => h.dimensions.find((x) => x.key === d.key)?.mine ?? 0) },
                  { label: partner, values: report.history.map((h) => h.dimensions.find((x) => x.key === d.key)?.partner ?? 0) },
                ],
              }))}
            />
          </Card>
        )}

        <Card title={t('couple.keepTitle')} id="couple-keep" className="card--quiet">
          <p>{t('couple.pdfText')}</p>
          <Actions>
            <a className="button button--secondary" href={coupleReportPdfUrl} download>
              {t('couple.pdf')}
            </a>
            <ButtonLink to={`/checkup/results/${report.mine.resultId}`} variant="quiet">
              {t('couple.myResult')}
            </ButtonLink>
          </Actions>
        </Card>

        <StopComparing partner={partner} />
      </div>
    </Page>
  );
}

function KeyList({ id, title, text, empty, keys, nameOf }: { id: string; title: string; text: string; empty: string; keys: string[]; nameOf: (key: string) => string }) {
  return (
    <Card title={title} id={id} className="key-list">
      {keys.length > 0 ? (
        <>
          <p className="muted">{text}</p>
          <ul className="soft-list">
            {keys.map((key) => (
              <li key={key}>{nameOf(key)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </Card>
  );
}

/** The partner's own answers, only when they chose to share them. */
function PartnerAnswers({ report }: { report: CoupleReportView }) {
  const { t } = useTranslation('checkup');
  const checkup = useCheckup();
  const partner = report.partner.name;
  if (!report.partnerAnswers) {
    return (
      <Card title={t('couple.answersTitle', { partner })} id="couple-answers" className="card--quiet">
        <p>{t('couple.answersPrivate', { partner })}</p>
      </Card>
    );
  }
  const items = checkup.data?.instrument.items ?? [];
  const labelOf = (itemId: string, value: number) => items.find((i) => i.id === itemId)?.scale.labels.find((l) => l.value === value)?.text ?? String(value);
  return (
    <Card title={t('couple.answersTitle', { partner })} id="couple-answers">
      <p className="muted">{t('couple.answersShared', { partner })}</p>
      <details className="answers-disclosure">
        <summary>{t('couple.answersShow', { partner })}</summary>
        <ul className="answer-list">
          {report.partnerAnswers.map((answer) => (
            <li key={answer.itemId}>
              <span>{items.find((i) => i.id === answer.itemId)?.text ?? answer.itemId}</span>
              <strong>{labelOf(answer.itemId, answer.value)}</strong>
            </li>
          ))}
        </ul>
      </details>
    </Card>
  );
}
