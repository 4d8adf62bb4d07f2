import { useParams } from 'react-router';
import { AftermathIntro } from './AftermathIntro.tsx';
import { AftermathSession } from './AftermathSession.tsx';

/** /aftermath: what it is and the couple's Aftermaths; /aftermath/:id: one Aftermath, step by step. */
export function AftermathPage() {
  const { id } = useParams();
  // Keyed by id: moving to another Aftermath starts with fresh drafts and the first open step.
  return id ? <AftermathSession key={id} id={id} /> : <AftermathIntro />;
}
