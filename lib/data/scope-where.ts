// The region filter every event query starts from: non-deleted events in the
// caller's regions (all regions for national scope).
import type { Scope } from "../domain/scope";

export function eventScopeWhere(scope: Scope) {
  return {
    deletedAt: null,
    ...(scope.regionIds === null ? {} : { regionId: { in: scope.regionIds } }),
  };
}
