import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiDownload } from '@/lib/api';
import type { Transmission, TransmissionFeed } from '@/lib/api/types';

/** Query keys of the copies due to the signed-in commune or CPAS: everything under ['transmissions']. */
export const transmissionKeys = {
  all: ['transmissions'] as const,
  toAcknowledge: ['transmissions', 'toAcknowledge'] as const,
  feed: ['transmissions', 'feed'] as const,
};

/** The largest page the API gives. */
const MAX_LIMIT = 200;
/** The list to acknowledge reads at most this many pages (2,000 copies): a backlog beyond says "or more". */
const MAX_PAGES = 10;

export interface FeedQuery {
  since: number;
  limit: number;
  /** false: only the copies not acknowledged yet; absent: every copy. */
  acknowledged?: boolean;
}

/** GET /api/v1/transmissions: the copies after the cursor `since`, in cursor order. */
export function getTransmissions({ since, limit, acknowledged }: FeedQuery, signal?: AbortSignal) {
  const query = new URLSearchParams({ since: String(since), limit: String(limit) });
  if (acknowledged !== undefined) query.set('acknowledged', String(acknowledged));
  return api.get<TransmissionFeed>(`/transmissions?${query}`, { signal });
}

export interface CopiesToAcknowledge {
  items: Transmission[];
  /** False when there were more than MAX_PAGES pages: the list and its count are a lower bound. */
  complete: boolean;
}

/** Every copy not acknowledged yet, oldest first: the pages of `acknowledged=false`, followed by their cursor. */
export async function getCopiesToAcknowledge(signal?: AbortSignal): Promise<CopiesToAcknowledge> {
  const items: Transmission[] = [];
  let since = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const feed = await getTransmissions({ since, limit: MAX_LIMIT, acknowledged: false }, signal);
    const got = feed.items ?? [];
    items.push(...got);
    if (got.length < MAX_LIMIT) return { items, complete: true };
    since = feed.nextCursor ?? since;
  }
  return { items, complete: false };
}

export function useCopiesToAcknowledge(enabled = true) {
  return useQuery({
    queryKey: transmissionKeys.toAcknowledge,
    queryFn: ({ signal }) => getCopiesToAcknowledge(signal),
    enabled,
  });
}

const FEED_PAGE = 50;

/** Every copy, in the order they arrived, a page at a time ("show the next ones"). */
export function useCopiesFeed(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: transmissionKeys.feed,
    queryFn: ({ pageParam, signal }) => getTransmissions({ since: pageParam, limit: FEED_PAGE }, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => ((last.items ?? []).length === FEED_PAGE ? last.nextCursor : undefined),
    enabled,
  });
}

/** POST /api/v1/transmissions/{id}/acknowledgements: idempotent; the lists are read again after it. */
export function useAcknowledgeCopy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (copy: Transmission) =>
      api.post<Transmission>(`/transmissions/${encodeURIComponent(copy.id ?? '')}/acknowledgements`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: transmissionKeys.all }),
  });
}

/** GET /api/v1/transmissions/{id}/pdf with the bearer token; the server counts it as a fetch. */
export function downloadCopyPdf(id: string) {
  return apiDownload(`/transmissions/${encodeURIComponent(id)}/pdf`, 'application/pdf');
}
