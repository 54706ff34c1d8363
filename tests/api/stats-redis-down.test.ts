import { builders } from '../helpers/content';
import { privateRedis, type PrivateRedis } from '../helpers/stats-redis';
import { asVisitor, statsEnv, visitorId } from '../helpers/stats-readers';
import { startApp, type TestApp } from '../helpers/strapi';

describe('readership with Redis: when Redis stops answering, readers get a 503 to retry, never a 500', () => {
  let redis: PrivateRedis;
  let app: TestApp;
  const saved = process.env.REDIS_URL;

  beforeAll(async () => {
    redis = await privateRedis();
    await redis.start();
    Object.assign(process.env, statsEnv({ REDIS_URL: redis.url }));
    app = await startApp();
    app.strapi.log.level = 'error';
  });
  afterAll(async () => {
    await app?.stop();
    await redis?.kill();
    if (saved === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = saved;
  });

  it('answers 503 with Retry-After while Redis is down, and counts again once it is back', async () => {
    const article = (await builders(app.strapi).article({}, { publish: true })) as { slug: string };
    const view = () => asVisitor(app.http().post(`/api/portal/articles/${article.slug}/views`), visitorId());
    expect((await view().expect(200)).body.data.counted).toBe(true);

    await redis.kill();
    const refused = await view().expect(503);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.body.error.message).toMatch(/unavailable for a moment. Try again/);
    await asVisitor(app.http().post('/api/portal/presence'), visitorId()).expect(503);
    await app.http().get('/api/portal/stats').expect(503);
    // Still a 404 for what does not exist: that answer needs no Redis.
    await app.http().post('/api/portal/articles/khong-co/views').expect(404);

    await redis.start();
    let status = 0;
    for (let tries = 0; tries < 60 && status !== 200; tries += 1) {
      status = (await view()).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
    expect((await view().expect(200)).body.data.counted).toBe(true);
  });
});
