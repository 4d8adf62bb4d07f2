import { useTranslation } from 'react-i18next';
import { useCheckup, useCoupleReport, useMySafety, useResults } from '../../api/checkup.ts';
import { useSignedIn } from '../../api/me.ts';
import { Actions, ButtonLink } from '../../ui/Button.tsx';
import { Card } from '../../ui/Page.tsx';

/**
 * Where the check-up stands for this person, and the one next step: the private safety questions,
 * the check-up, then the result or the couple report. Only the person's own state (and whether
 * the couple report exists, which both partners see alike) decides what shows here.
 */
export function NextStepCard() {
  const { t } = useTranslation('checkup');
  const me = useSignedIn();
  const checkup = useCheckup();
  const results = useResults();
  const safety = useMySafety();
  const report = useCoupleReport();
  if (!checkup.data || !results.data || !safety.data) return null;

  const latest = results.data[0];
  const { answered, total } = checkup.data.progress;
  let body: { title: string; text: string; to: string; action: string; extra?: { to: string; action: string } };

  if (latest && me.couple && report.data) {
    body = { title: t('home.report.title'), text: t('home.report.text'), to: '/checkup/couple', action: t('home.report.action') };
  } else if (latest && answered === 0) {
    body = { title: t('home.result.title'), text: t('home.result.text'), to: `/checkup/results/${latest.id}`, action: t('home.result.action') };
  } else if (answered > 0) {
    body = { title: t('home.continue.title'), text: t('home.continue.text', { answered, total }), to: '/checkup', action: t('home.continue.action') };
  } else if (!safety.data.answered) {
    body = {
      title: t('home.start.title'),
      text: t('home.start.textSafety'),
      to: '/checkup/safety',
      action: t('home.start.safetyAction'),
      extra: { to: '/checkup', action: t('home.start.checkupFirst') },
    };
  } else {
    body = { title: t('home.start.title'), text: t('home.start.text'), to: '/checkup', action: t('home.start.action') };
  }

  return (
    <Card title={body.title} id="home-checkup">
      <p>{body.text}</p>
      <Actions>
        <ButtonLink to={body.to} variant="secondary">
          {body.action}
        </ButtonLink>
        {body.extra && (
          <ButtonLink to={body.extra.to} variant="quiet">
            {body.extra.action}
          </ButtonLink>
        )}
      </Actions>
    </Card>
  );
}
