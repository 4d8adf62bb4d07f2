import type { ConsentItem, ConsentRecordView } from '../../../shared/contracts/consent.ts';
import type { ConsentRecord } from './repository.ts';
import type { ConsentState } from './service.ts';

export const presentConsent = (state: ConsentState): ConsentItem => ({ ...state });

export function presentConsentRecord(record: ConsentRecord): ConsentRecordView {
  return {
    id: record.id,
    scope: record.scope as ConsentRecordView['scope'],
    audience: record.audience,
    linkId: record.audience === 'counselor' ? record.granteeId : null,
    resourceId: record.resourceId,
    granted: record.granted,
    recordedAt: record.recordedAt,
  };
}
