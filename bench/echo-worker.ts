import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** The other end of steadiness.ts's loopback probe: sends back what it gets, in its own process. */
const server = createServer((socket) => {
  socket.setNoDelay(true);
  socket.on('data', (chunk) => socket.write(chunk));
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on('disconnect', () => process.exit(0));
