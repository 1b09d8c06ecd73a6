// The "Remove" button: the member who asked, or a moderator, may delete an answer. Anyone else is told no.

export interface RemovalRequest {
  readonly askerId: string;
  readonly actorId: string;
  readonly actorIsModerator: boolean;
}

export type RemovalDecision =
  | { readonly kind: 'allowed'; readonly role: 'asker' | 'moderator' }
  | { readonly kind: 'denied' };

export function decideRemoval(request: RemovalRequest): RemovalDecision {
  // The asker is logged as the asker even when they are also a moderator: it was their own answer.
  if (request.actorId === request.askerId) return { kind: 'allowed', role: 'asker' };
  if (request.actorIsModerator) return { kind: 'allowed', role: 'moderator' };
  return { kind: 'denied' };
}
