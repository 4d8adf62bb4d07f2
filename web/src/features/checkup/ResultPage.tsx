import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useParams } from 'react-router';
import type { ResultSummary, ResultView } from '../../../../shared/contracts/checkup.ts';
import { myResultPdfUrl, useResult, useResults, useSetSharing } from '../../api/checkup.ts';
import { useSignedIn } from '../../api/me.ts';
import { Actions, ButtonLink } from '../../ui/Button.tsx';
import { FormError } from '../../ui/Form.tsx';
import { useFormatDate } from '../../ui/format.ts';
import { PageLoading } from '../../ui/Loading.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Live, Notice } from '../../ui/Notice.tsx';
import { Card, Page } from '../../ui/Page.tsx';
import { Switch } from '../../ui/Switch.tsx';
import { ExerciseList } from './ExerciseList.tsx';
import { ScoreBars } from './ScoreBars.tsx';
import { TrendCharts } from './TrendChart.tsx';

/** `/checkup/result`: the newest result, or the check-up when there is none yet. */
export function LatestResultPage() {
  const results = useResults();
  if (results.isError) return <LoadError message={results.error.message} onRetry={() => void results.refetch()} />;
  if (results.isPending) return <PageLoading />;
  const latest = results.data[0];
  return <Navigate to={latest ? `/checkup/results/${latest.id}` : '/checkup'} replace />;
}

/** My result: private to me. Scores, what they may mean, what helps, and how they change. */
export function ResultPage() {
  const { id } = useParams();
  const result = useResult(id);
  const results = useResults();
  if (result.isError) return <LoadError message={result.error.message} onRetry={() => void result.refetch()} />;
  if (result.isPending) return <PageLoading />;
  return <Result result={result.data} history={results.data ?? []} />;
}

function Result({ result, history }: { result: ResultView; history: ResultSummary[] }) {
  const { t } = useTranslation('checkup');
  const { date } = useFormatDate();
  const me = useSignedIn();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const partner = me.couple?.partner?.name;
  const dynamics = result.dimensions.filter((d) => d.kind === 'dynamic');
  const strengths = result.dimensions.filter((d) => d.kind === 'strength');

  return (
    <Page title={t('result.title')} lead={result.number > 1 ? t('result.leadRetake', { date: date(result.submittedAt), number: result.number }) : t('result.lead', { date: date(result.submittedAt) })} className="result">
      <Live>{flash === 'submitted' && <Notice tone="warm">{t('result.submitted')}</Notice>}</Live>
      <div className="stack">
        <Notice tone="calm">
          <p>{result.disclaimer}</p>
        </Notice>

        <Card title={result.overall.name} id="result-overall" className="card--accent">
          <p className="score-line">
            <span className="score-big">{result.overall.score}</span>
            <span className="visually-hidden"> {t('chart.outOf')}</span>
            <span className="score-label">{result.overall.label}</span>
          </p>
          <p>{result.overall.interpretation}</p>
        </Card>

        <Card title={t('result.chartTitle')} id="result-chart">
          <div className="bars-pair">
            <ScoreBars caption={t('chart.dynamics')} note={t('chart.dynamicsNote')} series={[t('chart.you')]} rows={dynamics.map((d) => ({ key: d.key, name: d.name, values: [d.score] }))} />
            <ScoreBars caption={t('chart.strengths')} note={t('chart.strengthsNote')} series={[t('chart.you')]} rows={strengths.map((d) => ({ key: d.key, name: d.name, values: [d.score] }))} />
          </div>
        </Card>

        <section aria-labelledby="result-dimensions-title" className="stack stack--tight">
          <h2 id="result-dimensions-title" className="section-title">
            {t('result.dimensionsTitle')}
          </h2>
          {result.dimensions.map((d) => (
            <DimensionCard key={d.key} dimension={d} />
          ))}
        </section>

        {history.length > 1 && <ResultHistory history={history} names={Object.fromEntries(result.dimensions.map((d) => [d.key, d.name]))} overallName={result.overall.name} />}

        {me.couple ? (
          <>
            <SharingCard result={result} partner={partner} />
            <Card title={t('result.coupleTitle')} id="result-couple">
              <p>{t('result.coupleText')}</p>
              <ButtonLink to="/checkup/couple" variant="secondary">
                {t('result.coupleAction')}
              </ButtonLink>
            </Card>
          </>
        ) : (
          <Card title={t('result.inviteTitle')} id="result-invite" className="card--step">
            <p>{t('result.inviteText')}</p>
            <ButtonLink to="/invite" variant="secondary">
              {t('result.inviteAction')}
            </ButtonLink>
          </Card>
        )}

        <Card title={t('result.keepTitle')} id="result-keep" className="card--quiet">
          <p>{t('result.pdfText')}</p>
          <Actions>
            <a className="button button--secondary" href={myResultPdfUrl(result.id)} download>
              {t('result.pdf')}
            </a>
          </Actions>
          <p className="result-retake">{t('result.retakeText')}</p>
          <Actions>
            <ButtonLink to="/checkup" variant="secondary">
              {t('result.retake')}
            </ButtonLink>
          </Actions>
        </Card>
      </div>
    </Page>
  );
}

function DimensionCard({ dimension: d }: { dimension: ResultView['dimensions'][number] }) {
  const { t } = useTranslation('checkup');
  return (
    <Card title={d.name} id={`dimension-${d.key}`} className="dimension">
      <p className="score-line">
        <span className="score-number">
          {d.score}
          <span className="visually-hidden"> {t('chart.outOf')}</span>
        </span>
        <span className={`band band--${d.outlook}`}>{d.label}</span>
      </p>
      <p className="muted">{d.description}</p>
      <p>{d.interpretation}</p>
      {d.exercises.length > 0 && (
        <>
          <h3>{t('result.helps')}</h3>
          <ExerciseList exercises={d.exercises} />
        </>
      )}
    </Card>
  );
}

function ResultHistory({ history, names, overallName }: { history: ResultSummary[]; names: Record<string, string>; overallName: string }) {
  const { t } = useTranslation('checkup');
  const oldestFirst = [...history].reverse();
  const dates = oldestFirst.map((r) => r.submittedAt);
  const keys = oldestFirst[0]?.dimensions.map((d) => d.key) ?? [];
  return (
    <Card title={t('result.historyTitle')} id="result-history">
      <p className="muted">{t('result.historyText')}</p>
      <TrendCharts
        dates={dates}
        overall={{ title: overallName, series: [{ label: t('chart.you'), values: oldestFirst.map((r) => r.overall.score) }] }}
        parts={keys.map((key) => ({
          key,
          title: names[key] ?? key,
          series: [{ label: t('chart.you'), values: oldestFirst.map((r) => r.dimensions.find((d) => d.key === key)?.score ?? 0) }],
        }))}
      />
    </Card>
  );
}

function SharingCard({ result, partner }: { result: ResultView; partner: string | undefined }) {
  const { t } = useTranslation('checkup');
  const sharing = useSetSharing(result.id);
  const name = partner ?? t('result.sharing.yourPartner');
  // The switch shows the choice at once; it settles back if saving fails.
  const shared = sharing.isPending ? sharing.variables : result.shared;
  return (
    <Card title={t('result.sharing.title')} id="result-sharing">
      <p>{t('result.sharing.what', { partner: name })}</p>
      <p className="muted">{t('result.sharing.always', { partner: name })}</p>
      <Switch label={t('result.sharing.label', { partner: name })} checked={shared} busy={sharing.isPending} onChange={(on) => sharing.mutate(on)} />
      <Live>
        {sharing.isSuccess && <p className="muted switch-status">{shared ? t('result.sharing.on', { partner: name }) : t('result.sharing.off', { partner: name })}</p>}
      </Live>
      <FormError error={sharing.error?.message} />
    </Card>
  );
}
