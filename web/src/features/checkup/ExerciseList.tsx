import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '../../../../shared/contracts/checkup.ts';

/** Exercises that may help: a title, a line on what it is, and how long it takes. */
export function ExerciseList({ exercises }: { exercises: ExerciseView[] }) {
  const { t } = useTranslation('checkup');
  return (
    <ul className="exercise-list">
      {exercises.map((exercise) => (
        <li key={exercise.id} className="exercise">
          <p className="exercise-title">{exercise.title}</p>
          <p>{exercise.summary}</p>
          <p className="exercise-meta">
            {t('exercise.minutes', { count: exercise.minutes })} · {exercise.joint ? t('exercise.together') : t('exercise.alone')}
          </p>
        </li>
      ))}
    </ul>
  );
}
