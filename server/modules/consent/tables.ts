/**
 * Consent records (migration 0006), modelled on HL7 FHIR R5 Consent: see docs/privacy.md,
 * "The consent model". Rows are only ever added; the newest version per choice is the current one.
 */
export interface ConsentTable {
  id: string;
  /** FHIR `grantor`: the person choosing. */
  grantor_id: string;
  /** `partner` or `counselor` (the kind of FHIR `grantee`). */
  audience: string;
  /** FHIR `grantee`: the couple (audience partner) or the counselor's case link. */
  grantee_id: string;
  /** FHIR `provision.action`: what may be seen. */
  scope: string;
  /** The one item a per-item scope is about (a check-up result), else ''. */
  resource_id: string;
  /** 1, 2, 3 … per (grantor, audience, grantee, scope, resource): the order of the choices. */
  version: number;
  /** FHIR `decision`: `permit` or `deny`. */
  decision: string;
  /** FHIR `period.start` (the period ends when a newer version starts). */
  recorded_at: string;
  /** FHIR `policyText`: the words the person saw when choosing, where there were any. */
  policy_text: string | null;
}

declare module '../../db/schema.ts' {
  interface Schema {
    consent: ConsentTable;
  }
}
