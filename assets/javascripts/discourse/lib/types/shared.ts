// Shapes several features share. Part of the JSON contract (lib/types/index.ts).

/** Discourse's error body for a refused request (422 or 403). */
export interface MediationErrorBody {
  errors: string[];
  error_type?: string;
}

/** Discourse's BasicUserSerializer. */
export interface MediationUser {
  id: number;
  username: string;
  name: string | null;
  avatar_template: string;
}
