import { sealedAftermathStep } from '../aftermath/tables.ts';
import { sealedAppreciation } from '../appreciations/tables.ts';
import { sealedCheckupAnswer, sealedCheckupResponse } from '../checkup/tables.ts';
import { sealedCycleSide } from '../cycle/tables.ts';
import { sealedSafetyResponse } from '../safety/tables.ts';
import { sealedTalkRequest } from '../talk/tables.ts';
import { sealedCheckIn, sealedLoveMapAnswer } from '../today/tables.ts';
import type { SealedTable } from './repository.ts';

/** Every table with sealed columns: what the sealing step at start looks through (docs/privacy.md, "Data at rest"). */
export const SEALED_TABLES: readonly SealedTable[] = [
  sealedCheckIn,
  sealedLoveMapAnswer,
  sealedAppreciation,
  sealedTalkRequest,
  sealedAftermathStep,
  sealedCycleSide,
  sealedCheckupResponse,
  sealedCheckupAnswer,
  sealedSafetyResponse,
];
