import Fastify from 'fastify';

/** The baseline of every run: a bare Fastify 5 "hello world", no logger, no plugins. */
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
app.get('/health/ready', async () => ({ status: 'ok' }));

const port = Number(process.env.PORT ?? 3000);
await app.listen({ host: '127.0.0.1', port });
console.log(`hello world ready on ${port}`);

const stop = () => void app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
