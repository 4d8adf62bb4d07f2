import { useSignedIn } from '../../api/me.ts';

/** The partner's name when there is one (a couple without a name, or a person alone: undefined). */
export function usePartnerName(): string | undefined {
  return useSignedIn().couple?.partner?.name ?? undefined;
}
