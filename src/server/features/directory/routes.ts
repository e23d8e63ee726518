import type { FastifyInstance } from 'fastify';
import { publicDirectoryRoutes } from './routes-public';
import { serviceMaintenanceRoutes } from './routes-maintenance';
import { organizationRoutes } from './routes-organizations';
import { proposalRoutes } from './routes-proposals';
import { serviceRoutes } from './routes-services';

/** The directory (sociale kaart): public search and pages, staff search and maintenance. */
export async function directoryRoutes(app: FastifyInstance): Promise<void> {
  await app.register(publicDirectoryRoutes);
  await app.register(serviceRoutes);
  await app.register(serviceMaintenanceRoutes);
  await app.register(organizationRoutes);
  await app.register(proposalRoutes);
}
