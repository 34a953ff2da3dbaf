/** A fixed key for tests: the template database is seeded with it and every test app uses it. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7);
