import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LocationDetail, LocationInput, LocationView, OrganizationView, UpdateLocationInput } from '../../../contracts/directory';
import { api, withQuery, type Page } from '../../app/api';
import { sendVersioned } from '../households/http';
import { directoryKeys, type ServiceVersion } from './queries';

const path = (id: string) => `/api/v1/locations/${encodeURIComponent(id)}`;
export const locationKeys = {
  location: (id: string) => [...directoryKeys.all, 'location', id] as const,
  list: (organizationId: string) => [...directoryKeys.all, 'locations', organizationId] as const,
};

/** The organisations I keep ("Mijn aanbod"): their places are mine to keep. */
export function useMyOrganizations() {
  return useQuery({ queryKey: [...directoryKeys.all, 'organizations', 'mine'], queryFn: () => api.get<Page<OrganizationView>>('/api/v1/organizations?mine=true&limit=50') });
}

export function useOrganizationLocations(organizationId: string) {
  return useQuery({ queryKey: locationKeys.list(organizationId), queryFn: () => api.get<Page<LocationView>>(withQuery('/api/v1/locations', { organizationId, limit: 100 })) });
}

/** A place with its version (If-Match), whether I keep it and the services there. */
export function useLocation(id: string) {
  return useQuery({ queryKey: locationKeys.location(id), queryFn: () => api.get<LocationDetail>(path(id)) });
}

export function useLocationVersions(id: string) {
  return useQuery({ queryKey: [...locationKeys.location(id), 'versions'], queryFn: () => api.get<Page<ServiceVersion>>(`${path(id)}/versions?limit=20`) });
}

/** After a change: the place's own data is the answer; its history, lists and services are reloaded. */
function useLocationChange<TInput>(send: (input: TInput) => Promise<LocationDetail | LocationView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (location) => {
      void queryClient.invalidateQueries({ queryKey: directoryKeys.all, predicate: (q) => !(q.queryKey[1] === 'location' && q.queryKey[2] === location.id && q.queryKey.length === 3) });
      if ('canEdit' in location) queryClient.setQueryData(locationKeys.location(location.id), location);
      else void queryClient.invalidateQueries({ queryKey: locationKeys.location(location.id) });
    },
  });
}

export const useCreateLocation = () => useLocationChange((body: z.input<typeof LocationInput>) => api.post<LocationView>('/api/v1/locations', body));
export const useUpdateLocation = (id: string) =>
  useLocationChange(({ version, changes }: { version: number; changes: z.input<typeof UpdateLocationInput> }) => sendVersioned<LocationView>('PATCH', path(id), version, changes));
export const useServiceAtLocation = (id: string) =>
  useLocationChange(({ serviceId, linked }: { serviceId: string; linked: boolean }) => sendVersioned<LocationDetail>(linked ? 'PUT' : 'DELETE', `${path(id)}/services/${encodeURIComponent(serviceId)}`, null));
